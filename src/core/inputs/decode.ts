/**
 * The bytes of an imported file as text, in one linear pass, without host APIs (TextDecoder is
 * not in every host). The encoding is detected unless chosen: a byte-order mark decides; else a
 * file of valid UTF-8 is UTF-8; a file with no valid UTF-8 sequence but other high bytes is
 * Windows-1252 (Norwegian Excel's «CSV (semikolondelt)»); a file with both — a UTF-8 file with a
 * few stray Windows-1252 bytes — stays UTF-8, and the lines with bytes that cannot be read are
 * listed (their characters are U+FFFD, which the import reports) instead of garbling every æøå.
 */
import { STEP_EVERY, runToEnd, type Steps } from './steps';

export type SourceEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';

export const SOURCE_ENCODINGS: readonly SourceEncoding[] = ['utf-8', 'windows-1252', 'utf-16le'];

export interface DecodedText {
  readonly text: string;
  readonly encoding: SourceEncoding;
  /** The encoding was detected (not chosen by the user). */
  readonly detected: boolean;
  /** Lines (1-based) holding bytes that are not valid in the encoding; at most BAD_LINES_LISTED. */
  readonly badLines: readonly number[];
  /** Byte sequences that could not be read, in all. */
  readonly badBytes: number;
}

/** Lines with unreadable bytes listed at most (the count says how many bytes in all). */
export const BAD_LINES_LISTED = 1_000;
const REPLACEMENT = 0xfffd;
const BYTES_PER_STEP = STEP_EVERY * 64;

/** Windows-1252's characters for bytes 0x80–0x9F (the rest are Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Collects UTF-16 code units and makes a string of them in slices (no huge argument lists). */
class Units {
  private readonly units: Uint16Array;
  length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(Math.max(capacity, 1));
  }
  push(unit: number): void {
    this.units[this.length++] = unit;
  }
  toString(): string {
    const parts: string[] = [];
    for (let start = 0; start < this.length; start += 8192) {
      parts.push(
        String.fromCharCode.apply(
          null,
          this.units.subarray(start, Math.min(this.length, start + 8192)) as unknown as number[],
        ),
      );
    }
    return parts.join('');
  }
}

/** Bytes a UTF-8 sequence has after its lead byte, and the range of its first continuation byte; null for an invalid lead. */
function utf8Lead(lead: number): { more: number; low: number; high: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { more: 1, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { more: 2, low: 0xa0, high: 0xbf };
  if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) return { more: 2, low: 0x80, high: 0xbf };
  if (lead === 0xed) return { more: 2, low: 0x80, high: 0x9f };
  if (lead === 0xf0) return { more: 3, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { more: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { more: 3, low: 0x80, high: 0x8f };
  return null;
}

interface Utf8Outcome {
  readonly text: string;
  readonly badLines: number[];
  readonly badBytes: number;
  /** Valid sequences of two or more bytes. */
  readonly multibyte: number;
}

function* utf8Steps(bytes: Uint8Array): Steps<Utf8Outcome> {
  const out = new Units(bytes.length);
  const badLines: number[] = [];
  let badBytes = 0;
  let multibyte = 0;
  let line = 1;
  const bad = () => {
    badBytes += 1;
    out.push(REPLACEMENT);
    if (badLines[badLines.length - 1] !== line && badLines.length < BAD_LINES_LISTED) badLines.push(line);
  };
  let i = 0;
  let nextStep = BYTES_PER_STEP;
  while (i < bytes.length) {
    if (i >= nextStep) {
      nextStep += BYTES_PER_STEP;
      yield { phase: 'decode', done: i, total: bytes.length };
    }
    const lead = bytes[i]!;
    if (lead < 0x80) {
      if (lead === 0x0a || (lead === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
      out.push(lead);
      i += 1;
      continue;
    }
    const shape = utf8Lead(lead);
    let valid = shape !== null && i + shape.more < bytes.length;
    if (valid) {
      const first = bytes[i + 1]!;
      valid = first >= shape!.low && first <= shape!.high;
      for (let k = 2; valid && k <= shape!.more; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
    }
    if (!valid) {
      bad();
      i += 1;
      continue;
    }
    let point = lead & (0xff >> (shape!.more + 2));
    for (let k = 1; k <= shape!.more; k++) point = (point << 6) | (bytes[i + k]! & 0x3f);
    if (point > 0xffff) {
      point -= 0x10000;
      out.push(0xd800 + (point >> 10));
      out.push(0xdc00 + (point & 0x3ff));
    } else {
      out.push(point);
    }
    multibyte += 1;
    i += shape!.more + 1;
  }
  return { text: out.toString(), badLines, badBytes, multibyte };
}

function* cp1252Steps(bytes: Uint8Array): Steps<string> {
  const out = new Units(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    if (i > 0 && i % BYTES_PER_STEP === 0) yield { phase: 'decode', done: i, total: bytes.length };
    const byte = bytes[i]!;
    out.push(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte);
  }
  return out.toString();
}

function* utf16leSteps(bytes: Uint8Array): Steps<{ text: string; badBytes: number }> {
  const out = new Units(bytes.length >> 1);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (i > 0 && i % BYTES_PER_STEP === 0) yield { phase: 'decode', done: i, total: bytes.length };
    out.push(bytes[i]! | (bytes[i + 1]! << 8));
  }
  const odd = bytes.length % 2;
  if (odd) out.push(REPLACEMENT);
  return { text: out.toString(), badBytes: odd };
}

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((byte, index) => bytes[index] === byte);
}

/**
 * Decodes the bytes of a file, yielding progress. `encoding` chosen by the user; else detected
 * (see the module comment).
 */
export function* decodeSteps(bytes: Uint8Array, encoding?: SourceEncoding): Steps<DecodedText> {
  const detected = encoding === undefined;
  const chosen = encoding ?? (hasBom(bytes, 0xff, 0xfe) ? 'utf-16le' : undefined);
  if (chosen === 'utf-16le') {
    const { text, badBytes } = yield* utf16leSteps(bytes);
    return { text, encoding: chosen, detected, badLines: [], badBytes };
  }
  if (chosen === 'windows-1252')
    return { text: yield* cp1252Steps(bytes), encoding: chosen, detected, badLines: [], badBytes: 0 };
  const utf8 = yield* utf8Steps(bytes);
  const isUtf8 =
    chosen === 'utf-8' || hasBom(bytes, 0xef, 0xbb, 0xbf) || utf8.badBytes === 0 || utf8.multibyte >= utf8.badBytes;
  if (isUtf8) return { text: utf8.text, encoding: 'utf-8', detected, badLines: utf8.badLines, badBytes: utf8.badBytes };
  return { text: yield* cp1252Steps(bytes), encoding: 'windows-1252', detected, badLines: [], badBytes: 0 };
}

/** Decodes the bytes of a file at once. */
export function decodeBytes(bytes: Uint8Array, encoding?: SourceEncoding): DecodedText {
  return runToEnd(decodeSteps(bytes, encoding));
}

/** The first lines of a text as read (each cut to `characters`), to show the header and a sample. */
export function firstLines(text: string, count: number, characters = 200): string[] {
  const lines: string[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (lines.length < count && start < text.length) {
    let end = start;
    while (end < text.length && end - start < characters && text[end] !== '\n' && text[end] !== '\r') end += 1;
    const cut = end - start >= characters;
    lines.push(text.slice(start, end) + (cut ? '…' : ''));
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end += 1;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return lines;
}
