/**
 * Sheet names the pane makes: «<prefix> <service> <team> <date>» in at most 31 characters (Excel's
 * and Google Sheets' limit), without repeating a word, shortened only at word boundaries, and
 * unique among the workbook's sheets. Pure: the start form previews the name as the user types.
 */

export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;

export interface SheetNameParts {
  /** «IPS», «Rapport», «Handlingsplan», «IPS-diagram» … */
  readonly prefix: string;
  readonly service: string;
  readonly team: string;
  /** yyyy-mm-dd, or blank for a name without a date (the charts sheet). */
  readonly date?: string;
  /** The date may be cut to yyyy-mm when the whole date would cost a word (report, action plan). */
  readonly month?: boolean;
}

/** A name part as both hosts accept it: no : \ / ? * [ ], no quote at either end, single spaces. */
export function cleanNamePart(value: string): string {
  return value
    .trim()
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
}

function words(value: string): string[] {
  const cleaned = cleanNamePart(value);
  return cleaned === '' ? [] : cleaned.split(' ');
}

const same = (a: string, b: string) => a.localeCompare(b, 'nb', { sensitivity: 'accent' }) === 0;

/** Every sheet here is about IPS: a standalone «IPS» names nothing (it is the first word to go). */
const isGenericWord = (word: string) => same(word, 'IPS');

/** A word compounds the prefix («IPS-teamet» after «IPS»): the prefix would repeat. */
function compoundsPrefix(prefix: string, unit: readonly string[]): boolean {
  return prefix !== '' && unit.some((word) => word.includes('-') && same(word.split('-')[0]!, prefix));
}

/**
 * The words that name the service and team, in order: the service's words the team does not
 * already have (service «NAV Sagene», team «IPS Sagene» → «NAV», «IPS Sagene»).
 */
export function unitWords(service: string, team: string): { readonly service: string[]; readonly team: string[] } {
  const teamWords = words(team);
  const serviceWords = words(service).filter((word) => !teamWords.some((other) => same(word, other)));
  // Without a team the service names the unit.
  return teamWords.length > 0 ? { service: serviceWords, team: teamWords } : { service: [], team: serviceWords };
}

/**
 * The words in the order they are given up when the name is too long: standalone «IPS» first,
 * then the service's words from its last, then the team's from its first (the team's last word,
 * «Nord» of «Team Nord», is the one kept).
 */
function dropOrder(service: readonly string[], team: readonly string[]): number[] {
  const all = [...service, ...team];
  const generic = all.map((_, index) => index).filter((index) => isGenericWord(all[index]!));
  const serviceOrder = service.map((_, index) => service.length - 1 - index);
  const teamOrder = team.map((_, index) => service.length + index).slice(0, -1);
  return [...generic, ...[...serviceOrder, ...teamOrder].filter((index) => !generic.includes(index))];
}

/** The sheet name for these parts in at most `max` characters (see the file comment). */
export function sheetName(parts: SheetNameParts, max = MAX_SHEET_NAME): string {
  const unit = unitWords(parts.service, parts.team);
  let prefix = cleanNamePart(parts.prefix);
  const all = [...unit.service, ...unit.team];
  const order = dropOrder(unit.service, unit.team);
  const generic = order.filter((index) => isGenericWord(all[index]!));
  // With an «IPS…» prefix a standalone «IPS» is left out (it would repeat); when it is all there
  // is, or a word compounds the prefix («IPS-teamet»), a one-word prefix is left out instead.
  const ipsPrefix = /^ips\b/i.test(prefix);
  const always = ipsPrefix && generic.length > 0 && generic.length < all.length ? generic.length : 0;
  const onlyGeneric = ipsPrefix && generic.length > 0 && generic.length === all.length;
  if (!/[\s-]/.test(prefix) && (compoundsPrefix(prefix, all) || onlyGeneric)) prefix = '';
  const date = cleanNamePart(parts.date ?? '');
  const dates = parts.month && /^\d{4}-\d{2}-\d{2}$/.test(date) ? [date, date.slice(0, 7)] : [date];
  const join = (kept: readonly string[], tail: string) => [prefix, ...kept, tail].filter(Boolean).join(' ');
  for (let dropped = always; dropped <= order.length; dropped++) {
    const gone = new Set(order.slice(0, dropped));
    const kept = all.filter((_, index) => !gone.has(index));
    // A generic word goes before the day of the date does.
    for (const tail of dropped < generic.length ? dates.slice(0, 1) : dates) {
      const name = join(kept, tail);
      if (name.length <= max) return name;
    }
  }
  // One word longer than the room left: cut it (at most a single word is ever cut).
  const last = all.filter((_, index) => !order.includes(index));
  const tail = dates[dates.length - 1]!;
  const fixed = join([], tail).length + (last.length > 0 ? 1 : 0);
  const word = (last[0] ?? '').slice(0, Math.max(0, max - fixed)).trim();
  return join(word ? [word] : [], tail)
    .slice(0, max)
    .trim();
}

/** True when the workbook already has a sheet of this name (both hosts ignore case). */
export function sheetExists(name: string, existing: readonly string[]): boolean {
  const wanted = name.trim();
  return existing.some((sheet) => sheet.trim().localeCompare(wanted, undefined, { sensitivity: 'accent' }) === 0);
}

/** sheetName, made unique among `existing` with « (2)», « (3)» … (the words shortened to make room). */
export function uniqueSheetName(parts: SheetNameParts, existing: readonly string[]): string {
  const first = sheetName(parts);
  if (!sheetExists(first, existing)) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${sheetName(parts, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!sheetExists(name, existing)) return name;
  }
}
