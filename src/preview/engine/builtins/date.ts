/** Date built-ins: TODAY, YEAR, MONTH, DAY, EDATE over serial day numbers. */
import { serialFromUtc } from '../../../core/cells';
import { SheetError, addMonths, dateParts, toNumber, type Value } from '../values';
import { arityError, elementwise, type BuiltinTable, type CallContext } from './context';

/** Today's date in the computer's time zone, as a serial day number (what TODAY shows). */
export function todaySerial(): number {
  const now = new Date();
  return Math.round(serialFromUtc(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

function today(context: CallContext): Value {
  return arityError(context, 0, 0) ?? (context.options.today ?? todaySerial)();
}

/** YEAR, MONTH and DAY of a serial date; negative serials are no date. */
function datePart(context: CallContext): Value {
  const { name } = context;
  return (
    arityError(context, 1, 1) ??
    elementwise(context, ([value]) => {
      const x = toNumber(value!);
      if (x instanceof SheetError) return x;
      if (x < 0) return new SheetError('#NUM!', `${name} needs a date`);
      const [year, month, day] = dateParts(x);
      return name === 'YEAR' ? year : name === 'MONTH' ? month : day;
    })
  );
}

function edate(context: CallContext): Value {
  return (
    arityError(context, 2, 2) ??
    elementwise(context, ([date, months]) => {
      const x = toNumber(date!);
      if (x instanceof SheetError) return x;
      const m = toNumber(months!);
      if (m instanceof SheetError) return m;
      if (x < 0) return new SheetError('#NUM!', 'EDATE needs a date');
      return addMonths(x, Math.trunc(m));
    })
  );
}

export const DATE_FUNCTIONS: BuiltinTable = {
  TODAY: today,
  YEAR: datePart,
  MONTH: datePart,
  DAY: datePart,
  EDATE: edate,
};
