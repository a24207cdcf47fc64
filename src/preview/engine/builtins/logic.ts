/** Logical and information built-ins: IF, IFERROR, AND, OR, NOT, IS…, NA, N, ARRAYFORMULA. */
import { SheetError, flatten, isGrid, mapValues, toBoolean, type Scalar, type Value } from '../values';
import { aggregateArgs, arityError, elementwise, type BuiltinTable, type CallContext } from './context';

function arrayFormula({ argNodes, ev }: CallContext): Value {
  return argNodes[0] ? ev(argNodes[0]) : new SheetError('#VALUE!');
}

function ifFunction(context: CallContext): Value {
  const bad = arityError(context, 2, 3);
  if (bad) return bad;
  const { argNodes, ev } = context;
  const condition = ev(argNodes[0]!);
  const otherwise = (): Value =>
    argNodes[2] === undefined ? false : argNodes[2].type === 'missing' ? 0 : ev(argNodes[2]);
  if (!isGrid(condition)) {
    const flag = toBoolean(condition);
    if (flag instanceof SheetError) return flag;
    return flag ? ev(argNodes[1]!) : otherwise();
  }
  // An array condition: both branches are computed, as spreadsheets do.
  return mapValues([condition, ev(argNodes[1]!), otherwise()], (triple) => {
    const flag = toBoolean(triple[0]!);
    if (flag instanceof SheetError) return flag;
    return flag ? triple[1]! : triple[2]!;
  });
}

function ifError(context: CallContext): Value {
  const bad = arityError(context, 2, 2);
  if (bad) return bad;
  const { argNodes, ev } = context;
  const value = ev(argNodes[0]!);
  if (!isGrid(value)) return value instanceof SheetError ? ev(argNodes[1]!) : value;
  return mapValues([value, ev(argNodes[1]!)], ([v, alternative]) => (v instanceof SheetError ? alternative! : v!));
}

/** AND and OR: blanks, and text in references, are skipped; no flag at all is #VALUE!. */
function andOr(context: CallContext): Value {
  const flags: boolean[] = [];
  for (const value of aggregateArgs(context)) {
    for (const item of flatten(value)) {
      if (item === null || (isGrid(value) && value.fromRange && typeof item === 'string')) continue;
      const flag = toBoolean(item);
      if (flag instanceof SheetError) return flag;
      flags.push(flag);
    }
  }
  if (flags.length === 0) return new SheetError('#VALUE!');
  return context.name === 'AND' ? flags.every(Boolean) : flags.some(Boolean);
}

function not(context: CallContext): Value {
  return elementwise(context, ([value]) => {
    const flag = toBoolean(value ?? false);
    return flag instanceof SheetError ? flag : !flag;
  });
}

/** An IS… test applied element by element. */
function test(holds: (value: Scalar | undefined) => boolean) {
  return (context: CallContext): Value => elementwise(context, ([value]) => holds(value));
}

function notAvailable(context: CallContext): Value {
  return arityError(context, 0, 0) ?? new SheetError('#N/A');
}

/** A number stays, TRUE is 1, text and blanks are 0: N("…") is the spreadsheets' way to put a note in a formula. */
function n(context: CallContext): Value {
  return (
    arityError(context, 1, 1) ??
    elementwise(context, ([value]) => {
      if (value instanceof SheetError || typeof value === 'number') return value!;
      return value === true ? 1 : 0;
    })
  );
}

export const LOGIC_FUNCTIONS: BuiltinTable = {
  ARRAYFORMULA: arrayFormula,
  IF: ifFunction,
  IFERROR: ifError,
  AND: andOr,
  OR: andOr,
  NOT: not,
  ISNUMBER: test((value) => typeof value === 'number'),
  ISTEXT: test((value) => typeof value === 'string'),
  ISBLANK: test((value) => value === null),
  ISERROR: test((value) => value instanceof SheetError),
  NA: notAvailable,
  N: n,
};
