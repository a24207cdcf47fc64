/** Text built-ins: SUBSTITUTE, LEN, CONCATENATE/CONCAT. */
import { SheetError, flatten, toNumber, toText, type Scalar, type Value } from '../values';
import { arityError, elementwise, type BuiltinTable, type CallContext } from './context';

/** SUBSTITUTE(text, old, new, [instance]): every occurrence of old, or only the instance-th (1-based). */
function substituteScalars([textValue, oldValue, newValue, instanceValue]: Scalar[]): Scalar {
  const parts = [textValue, oldValue, newValue].map((value) => toText(value ?? null));
  const failed = parts.find((part) => part instanceof SheetError);
  if (failed) return failed;
  const [text, old, replacement] = parts as string[];
  if (old === '') return text!;
  if (instanceValue === undefined || instanceValue === null) return text!.split(old!).join(replacement!);
  const instance = toNumber(instanceValue);
  if (instance instanceof SheetError) return instance;
  if (instance < 1) return new SheetError('#VALUE!', 'SUBSTITUTE: the instance must be 1 or more');
  let from = 0;
  for (let seen = 1; ; seen++) {
    const found = text!.indexOf(old!, from);
    if (found < 0) return text!;
    if (seen === Math.trunc(instance)) return text!.slice(0, found) + replacement! + text!.slice(found + old!.length);
    from = found + old!.length;
  }
}

function substitute(context: CallContext): Value {
  return arityError(context, 3, 4) ?? elementwise(context, substituteScalars);
}

function len(context: CallContext): Value {
  return elementwise(context, ([value]) => {
    const text = toText(value ?? null);
    return text instanceof SheetError ? text : text.length;
  });
}

function concatenate({ argNodes, ev }: CallContext): Value {
  let result = '';
  for (const node of argNodes) {
    for (const item of flatten(ev(node))) {
      const text = toText(item);
      if (text instanceof SheetError) return text;
      result += text;
    }
  }
  return result;
}

export const TEXT_FUNCTIONS: BuiltinTable = {
  SUBSTITUTE: substitute,
  LEN: len,
  CONCATENATE: concatenate,
  CONCAT: concatenate,
};
