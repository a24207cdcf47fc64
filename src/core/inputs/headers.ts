/**
 * Source headers matched to table columns by header text, id and synonyms, case- and
 * diacritics-insensitive, with fuzzy matching and an explicit override map. Linear in the header's
 * length: a header far longer than any column name (a long note in the first rows) is no match,
 * and the edit distance is only computed between strings of comparable length.
 */
import type { ColumnDefinition, TableDefinition } from './tables';

/** Headers longer than this are never a column's name (column names are short). */
const MAX_HEADER_CHARACTERS = 200;
/** Source columns matched at most: a table has a few dozen columns; a line with thousands of fields is no header. */
export const MAX_HEADER_FIELDS = 1_000;

/** Lower-case, diacritics removed (æ → ae, ø → o, å → a, é → e), punctuation as spaces. */
export function normalizeHeader(value: string): string {
  // toLowerCase, not toLocaleLowerCase: the same for Norwegian letters, and many times faster per cell.
  return value
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The header without spaces, for comparisons. */
export const compactHeader = (value: string) => normalizeHeader(value).replace(/ /g, '');
const withoutParentheses = (value: string) => value.replace(/\([^)]*\)/g, ' ');

/** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

interface NameKeys {
  readonly full: string;
  readonly bare: string;
}

const columnKeys = new WeakMap<ColumnDefinition, readonly NameKeys[]>();

/** A column's names (id, headers, synonyms) compacted, once per column. */
function namesOf(column: ColumnDefinition): readonly NameKeys[] {
  let keys = columnKeys.get(column);
  if (!keys) {
    keys = [column.id, column.header.nb, column.header.en, ...(column.synonyms ?? [])]
      .map((name) => ({ full: compactHeader(name), bare: compactHeader(withoutParentheses(name)) }))
      .filter((name) => name.full !== '');
    columnKeys.set(column, keys);
  }
  return keys;
}

/** The header compacted, with and without parentheses; null when it cannot name a column. */
function headerKeys(header: string): NameKeys | null {
  if (header.length > MAX_HEADER_CHARACTERS) return null;
  const full = compactHeader(header);
  return full === '' ? null : { full, bare: compactHeader(withoutParentheses(header)) };
}

function scoreKeys(header: NameKeys, column: ColumnDefinition): number {
  const { full: h, bare: hBare } = header;
  let best = 0;
  for (const { full: n, bare: nBare } of namesOf(column)) {
    if (h === n) return 100;
    if (hBare !== '' && (hBare === nBare || hBare === n || h === nBare)) best = Math.max(best, 95);
    const shorter = Math.min(h.length, n.length);
    const longer = Math.max(h.length, n.length);
    if (shorter >= 4 && (h.includes(n) || n.includes(h)))
      best = Math.max(best, 60 + Math.round((30 * shorter) / longer));
    const allowed = Math.max(1, Math.floor(longer / 8));
    // The length difference is a lower bound of the distance: no need to compute it when larger.
    if (shorter >= 5 && longer - shorter <= allowed) {
      const distance = editDistance(h, n);
      if (distance <= allowed) best = Math.max(best, 85 - 5 * distance);
    }
  }
  return best;
}

/** How well a source header names a column: 0 (not at all) to 100 (exactly). */
export function headerScore(header: string, column: ColumnDefinition): number {
  const keys = headerKeys(header);
  return keys ? scoreKeys(keys, column) : 0;
}

export interface HeaderMapping {
  /** 0-based index of the source column. */
  readonly source: number;
  readonly header: string;
  /** The table column it feeds, or null when ignored. */
  readonly column: string | null;
  readonly how: 'exact' | 'fuzzy' | 'override' | 'unmapped' | 'ignored';
}

/**
 * Maps source headers to table columns. `overrides` maps a source header (compared
 * case/diacritics-insensitively) to a column id, or to null to ignore that source column.
 * Greedy by best score; each column is used at most once.
 */
export function mapHeaders(
  headers: readonly string[],
  table: TableDefinition,
  overrides: Readonly<Record<string, string | null>> = {},
): HeaderMapping[] {
  const known = new Set(table.columns.map((column) => column.id));
  const overrideByHeader = new Map<string, string | null>();
  for (const [header, column] of Object.entries(overrides)) {
    if (column !== null && !known.has(column))
      throw new Error(`override for "${header}": table ${table.id} has no column ${column}`);
    overrideByHeader.set(compactHeader(header), column);
  }
  const result: (HeaderMapping | undefined)[] = headers.map(() => undefined);
  const used = new Set<string>();
  headers.forEach((header, source) => {
    if (overrideByHeader.size === 0 || source >= MAX_HEADER_FIELDS || header.length > MAX_HEADER_CHARACTERS) return;
    const key = compactHeader(header);
    if (!overrideByHeader.has(key)) return;
    const column = overrideByHeader.get(key)!;
    result[source] = { source, header, column, how: column === null ? 'ignored' : 'override' };
    if (column !== null) used.add(column);
  });
  const candidates: { source: number; column: string; score: number }[] = [];
  headers.forEach((header, source) => {
    if (result[source] || source >= MAX_HEADER_FIELDS) return;
    const keys = headerKeys(header);
    if (!keys) return;
    for (const column of table.columns) {
      if (used.has(column.id)) continue;
      const score = scoreKeys(keys, column);
      if (score >= 60) candidates.push({ source, column: column.id, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.source - b.source);
  for (const candidate of candidates) {
    if (result[candidate.source] || used.has(candidate.column)) continue;
    result[candidate.source] = {
      source: candidate.source,
      header: headers[candidate.source]!,
      column: candidate.column,
      how: candidate.score === 100 ? 'exact' : 'fuzzy',
    };
    used.add(candidate.column);
  }
  return result.map(
    (mapping, source) =>
      mapping ?? {
        source,
        header: headers[source]!,
        column: null,
        how: headers[source]!.trim() === '' ? 'ignored' : 'unmapped',
      },
  );
}

/** The input table whose columns the headers match best (at least two columns), or null. */
export function guessTable(headers: readonly string[], tables: readonly TableDefinition[]): TableDefinition | null {
  let best: { table: TableDefinition; score: number } | null = null;
  for (const table of tables) {
    const mapped = mapHeaders(headers, table).filter((m) => m.column !== null);
    const score = mapped.length / table.columns.length + mapped.length;
    if (mapped.length >= 2 && (!best || score > best.score)) best = { table, score };
  }
  return best?.table ?? null;
}
