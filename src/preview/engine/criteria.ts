/** COUNTIF and COUNTIFS criteria: ">=5", "<>x", "=" and the like, tested cell by cell or through a hash index. */
import type { EngineOptions } from './evaluate';
import { SheetError, at, grid, isGrid, type Grid, type Scalar, type Value } from './values';

// ---- criteria (COUNTIF, COUNTIFS) -----------------------------------------------------------------

type CriterionOp = '=' | '<>' | '<' | '<=' | '>' | '>=';
interface Criterion {
  readonly op: CriterionOp;
  /** Number, lower-case text, boolean, or '' for "blank". */
  readonly operand: number | string | boolean;
  /** For text with * or ?: the pattern. */
  readonly pattern?: RegExp;
}

function parseCriterion(value: Scalar): Criterion | SheetError {
  if (value instanceof SheetError) return value;
  // A reference to an empty cell is taken as 0, as Excel documents for COUNTIFS.
  if (value === null) return { op: '=', operand: 0 };
  if (typeof value === 'number' || typeof value === 'boolean') return { op: '=', operand: value };
  const match = /^(<>|<=|>=|<|>|=)?([\s\S]*)$/.exec(value)!;
  const op = (match[1] ?? '=') as CriterionOp;
  const rest = match[2]!;
  if (rest !== '' && rest.trim() !== '' && Number.isFinite(Number(rest))) return { op, operand: Number(rest) };
  const upper = rest.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { op, operand: upper === 'TRUE' };
  const lower = rest.toLowerCase();
  // A tilde escapes *, ? and itself (Excel, Sheets): "a~~b" is the text "a~b", so it takes the pattern path too.
  if ((op === '=' || op === '<>') && /[*?~]/.test(lower)) {
    const source = lower.replace(
      /~([*?~])|([*?])|([.+^${}()|[\]\\])/g,
      (_, escaped: string, wild: string, special: string) =>
        escaped ? `\\${escaped}` : wild ? (wild === '*' ? '[\\s\\S]*' : '[\\s\\S]') : `\\${special}`,
    );
    return { op, operand: lower, pattern: new RegExp(`^${source}$`) };
  }
  return { op, operand: lower };
}

function criterionHolds(cell: Scalar, criterion: Criterion): boolean {
  const { op, operand } = criterion;
  if (cell instanceof SheetError) return false;
  const blank = cell === null || cell === '';
  if (operand === '') {
    if (op === '=') return blank;
    if (op === '<>') return !blank;
    return false;
  }
  if (typeof operand === 'number') {
    let number: number | null = null;
    if (typeof cell === 'number') number = cell;
    else if (typeof cell === 'string' && cell.trim() !== '' && Number.isFinite(Number(cell))) number = Number(cell);
    if (number === null) return op === '<>';
    switch (op) {
      case '=':
        return number === operand;
      case '<>':
        return number !== operand;
      case '<':
        return number < operand;
      case '<=':
        return number <= operand;
      case '>':
        return number > operand;
      case '>=':
        return number >= operand;
    }
  }
  if (typeof operand === 'boolean') {
    if (typeof cell !== 'boolean') return op === '<>';
    return op === '=' ? cell === operand : op === '<>' ? cell !== operand : false;
  }
  if (typeof cell !== 'string' || blank) return op === '<>';
  const text = cell.toLowerCase();
  switch (op) {
    case '=':
      return criterion.pattern ? criterion.pattern.test(text) : text === operand;
    case '<>':
      return criterion.pattern ? !criterion.pattern.test(text) : text !== operand;
    case '<':
      return text < operand;
    case '<=':
      return text <= operand;
    case '>':
      return text > operand;
    case '>=':
      return text >= operand;
  }
}

/** A key for equality matching ("e" for a blank), or null when the value cannot match by key (an error). */
function equalityKey(value: Scalar): string | null {
  if (value instanceof SheetError) return null;
  if (value === null || value === '') return 'e';
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'boolean') return `b${value}`;
  if (value.trim() !== '' && Number.isFinite(Number(value))) return `n${Number(value)}`;
  return `t${value.toLowerCase()}`;
}

/** The key a criterion matches by, when it is a plain equality without wildcards. */
function criterionKey(criterion: Criterion): string | null {
  if (criterion.op !== '=' || criterion.pattern) return null;
  const operand = criterion.operand;
  if (operand === '') return 'e';
  if (typeof operand === 'number') return `n${operand}`;
  if (typeof operand === 'boolean') return `b${operand}`;
  return `t${operand}`;
}

export function countIfs(args: readonly Value[], options: EngineOptions): Value {
  if (args.length < 2 || args.length % 2 !== 0)
    return new SheetError('#VALUE!', 'COUNTIFS takes pairs of range and criterion');
  const ranges: Grid[] = [];
  const criteria: Value[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const range = args[i]!;
    if (!isGrid(range) || !range.fromRange)
      return new SheetError('#VALUE!', 'COUNTIFS: the ranges must be cell ranges');
    ranges.push(range);
    criteria.push(args[i + 1]!);
  }
  const size = ranges[0]!.data.length;
  if (ranges.some((range) => range.rows !== ranges[0]!.rows || range.columns !== ranges[0]!.columns)) {
    return new SheetError('#VALUE!', 'COUNTIFS: ranges of different sizes');
  }
  // Rows passing every single (scalar) criterion, computed once.
  const mask = new Uint8Array(size).fill(1);
  const perElement: number[] = [];
  for (let k = 0; k < criteria.length; k++) {
    const criterion = criteria[k]!;
    if (isGrid(criterion)) {
      perElement.push(k);
      continue;
    }
    const parsed = parseCriterion(criterion);
    if (parsed instanceof SheetError) return parsed;
    const data = ranges[k]!.data;
    for (let i = 0; i < size; i++) if (mask[i] && !criterionHolds(data[i]!, parsed)) mask[i] = 0;
  }
  if (perElement.length === 0) {
    let count = 0;
    for (let i = 0; i < size; i++) count += mask[i]!;
    return count;
  }
  const shapes = perElement.map((k) => criteria[k] as Grid);
  const rows = Math.max(...shapes.map((g) => g.rows));
  const columns = Math.max(...shapes.map((g) => g.columns));
  const out = new Array<Scalar>(rows * columns);
  // Index: the rows passing the scalar criteria, by their values in the array criteria's ranges.
  let index: Map<string, number> | null = null;
  const indexed = options.indexedCriteria !== false;
  const parsedCache = new Map<Scalar, Criterion | SheetError>();
  const parseCached = (value: Scalar): Criterion | SheetError => {
    if (value instanceof SheetError) return value;
    let parsed = parsedCache.get(value);
    if (parsed === undefined) {
      parsed = parseCriterion(value);
      parsedCache.set(value, parsed);
    }
    return parsed;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const parsed: Criterion[] = [];
      let failed: SheetError | null = null;
      for (const grid of shapes) {
        const one = parseCached(at(grid, r, c));
        if (one instanceof SheetError) {
          failed = one;
          break;
        }
        parsed.push(one);
      }
      if (failed) {
        out[r * columns + c] = failed;
        continue;
      }
      const keys = indexed ? parsed.map(criterionKey) : [];
      if (indexed && keys.every((key) => key !== null)) {
        if (!index) {
          index = new Map();
          for (let i = 0; i < size; i++) {
            if (!mask[i]) continue;
            const parts: string[] = [];
            let ok = true;
            for (const k of perElement) {
              const key = equalityKey(ranges[k]!.data[i]!);
              if (key === null) {
                ok = false;
                break;
              }
              parts.push(key);
            }
            if (!ok) continue;
            const joined = parts.join('\u0000');
            index.set(joined, (index.get(joined) ?? 0) + 1);
          }
        }
        out[r * columns + c] = index.get(keys.join('\u0000')) ?? 0;
        continue;
      }
      let count = 0;
      for (let i = 0; i < size; i++) {
        if (!mask[i]) continue;
        let holds = true;
        for (let j = 0; j < perElement.length; j++) {
          if (!criterionHolds(ranges[perElement[j]!]!.data[i]!, parsed[j]!)) {
            holds = false;
            break;
          }
        }
        if (holds) count++;
      }
      out[r * columns + c] = count;
    }
  }
  return grid(rows, columns, out);
}

/**
 * MAXIFS and MINIFS: the largest or smallest number in the first range among the rows where every
 * (range, criterion) pair holds; 0 when none does, as Excel and Sheets give. Text and blanks in the
 * first range are ignored; all ranges must have the same size (#VALUE!).
 */
export function extremeIfs(kind: 'MAXIFS' | 'MINIFS', args: readonly Value[]): Value {
  if (args.length < 3 || args.length % 2 !== 1)
    return new SheetError('#VALUE!', `${kind} takes a range and then pairs of range and criterion`);
  const target = args[0]!;
  if (!isGrid(target) || !target.fromRange)
    return new SheetError('#VALUE!', `${kind}: the first argument must be a range`);
  const size = target.data.length;
  const mask = new Uint8Array(size).fill(1);
  for (let i = 1; i < args.length; i += 2) {
    const range = args[i]!;
    if (!isGrid(range) || !range.fromRange) return new SheetError('#VALUE!', `${kind}: the ranges must be cell ranges`);
    if (range.rows !== target.rows || range.columns !== target.columns)
      return new SheetError('#VALUE!', `${kind}: ranges of different sizes`);
    const value = args[i + 1]!;
    const criterion = parseCriterion(isGrid(value) ? at(value, 0, 0) : value);
    if (criterion instanceof SheetError) return criterion;
    for (let k = 0; k < size; k++) if (mask[k] && !criterionHolds(range.data[k]!, criterion)) mask[k] = 0;
  }
  let best: number | null = null;
  for (let k = 0; k < size; k++) {
    if (!mask[k]) continue;
    const item = target.data[k]!;
    if (item instanceof SheetError) return item;
    if (typeof item !== 'number') continue;
    if (best === null || (kind === 'MAXIFS' ? item > best : item < best)) best = item;
  }
  return best ?? 0;
}
