/**
 * Text that Code.js holds packed: ASCII (JavaScript and JSON with every other character written
 * as a \u escape, which the parser reads back), compressed with raw DEFLATE (RFC 1951, node:zlib's
 * deflateRawSync at build time) and written as base64 in a string literal (scripts/build-gas.mjs,
 * packText). An execution reads past a string literal at almost no cost, where the same text as
 * code would be parsed by every execution; and packed it is about a third of its size. Unpacked
 * only when needed: the scale's long texts when a function first reads one, the server part when a
 * menu item or the sidebar calls.
 *
 * Plain ECMAScript, written for a cold run (each execution unpacks at most once, before V8 has
 * optimized anything): table lookups rather than bit-by-bit decoding, no calls in the inner loop,
 * and ASCII, so that no UTF-8 has to be decoded. Apps Script's V8 has no atob, TextDecoder or
 * zlib, and the same code runs in the tests' node:vm contexts.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The bytes of standard base64 (padding optional). */
export function base64Bytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.replace(/=+$/, '').length % 4 === 1)
    throw new Error('packed text: not base64');
  const values = new Uint8Array(128);
  for (let i = 0; i < 64; i++) values[BASE64.charCodeAt(i)] = i;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  const out = new Uint8Array((end * 3) >> 2);
  let at = 0;
  let i = 0;
  for (; i + 4 <= end; i += 4) {
    const n =
      (values[text.charCodeAt(i)]! << 18) |
      (values[text.charCodeAt(i + 1)]! << 12) |
      (values[text.charCodeAt(i + 2)]! << 6) |
      values[text.charCodeAt(i + 3)]!;
    out[at++] = n >> 16;
    out[at++] = (n >> 8) & 255;
    out[at++] = n & 255;
  }
  if (end - i >= 2) {
    const n = (values[text.charCodeAt(i)]! << 18) | (values[text.charCodeAt(i + 1)]! << 12);
    const third = end - i === 3 ? values[text.charCodeAt(i + 2)]! << 6 : 0;
    out[at] = (n | third) >> 16;
    if (end - i === 3) out[at + 1] = ((n | third) >> 8) & 255;
  }
  return out;
}

/** Codes up to this many bits are decoded with one table lookup; longer ones (rare) bit by bit. */
const TABLE_BITS = 10;

/**
 * A Huffman code (canonical, RFC 1951 3.2.2). `table[next TABLE_BITS bits of the stream]` is
 * symbol << 4 | code length, or 0 for a code longer than TABLE_BITS, which `counts` and `symbols`
 * (the symbols in code order) decode.
 */
interface Huffman {
  readonly table: Uint16Array;
  readonly mask: number;
  readonly counts: Uint16Array;
  readonly symbols: Uint16Array;
}

function huffman(lengths: ArrayLike<number>, from: number, count: number): Huffman {
  const counts = new Uint16Array(16);
  let longest = 0;
  for (let i = 0; i < count; i++) {
    const length = lengths[from + i]!;
    counts[length]!++;
    if (length > longest) longest = length;
  }
  counts[0] = 0;
  const offsets = new Uint16Array(16);
  const next = new Uint16Array(16);
  for (let length = 1, code = 0; length < 16; length++) {
    offsets[length] = offsets[length - 1]! + counts[length - 1]!;
    code = (code + counts[length - 1]!) << 1;
    next[length] = code;
  }
  const bits = Math.min(longest, TABLE_BITS);
  const table = new Uint16Array(1 << bits);
  const symbols = new Uint16Array(count);
  for (let symbol = 0; symbol < count; symbol++) {
    const length = lengths[from + symbol]!;
    if (!length) continue;
    symbols[offsets[length]!++] = symbol;
    const code = next[length]!++;
    if (length > bits) continue;
    // The stream gives a code's bits first to last from the lowest bit up: index by the code reversed.
    let reversed = 0;
    for (let i = 0; i < length; i++) reversed |= ((code >> i) & 1) << (length - 1 - i);
    for (let index = reversed; index < table.length; index += 1 << length) table[index] = (symbol << 4) | length;
  }
  return { table, mask: table.length - 1, counts, symbols };
}

/** A code longer than TABLE_BITS, from the bits waiting in the buffer: symbol << 4 | length. */
function longCode(code: Huffman, bits: number, available: number): number {
  let value = 0;
  let first = 0;
  let index = 0;
  for (let length = 1; length < 16 && length <= available; length++) {
    value |= (bits >>> (length - 1)) & 1;
    const count = code.counts[length]!;
    if (value - first < count) return (code.symbols[index + value - first]! << 4) | length;
    index += count;
    first = (first + count) << 1;
    value <<= 1;
  }
  throw new Error('packed text: a Huffman code that is not in the table, or the data ends early');
}

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** The order the code lengths of the code-length code come in (RFC 1951 3.2.7). */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

function fixedCodes(): { literals: Huffman; distances: Huffman } {
  const lengths = new Uint8Array(288 + 30);
  lengths.fill(8, 0, 144);
  lengths.fill(9, 144, 256);
  lengths.fill(7, 256, 280);
  lengths.fill(8, 280, 288);
  lengths.fill(5, 288, 318);
  return { literals: huffman(lengths, 0, 288), distances: huffman(lengths, 288, 30) };
}

/** Raw DEFLATE data (no zlib or gzip header) inflated. */
export function inflateRaw(data: Uint8Array): Uint8Array {
  const end = data.length;
  let position = 0;
  let buffer = 0; // bits not yet used, the next one lowest
  let count = 0; // how many
  let out: Uint8Array = new Uint8Array(Math.max(1024, end * 4));
  let size = 0;
  let fixed: { literals: Huffman; distances: Huffman } | undefined;

  for (let last = 0; !last;) {
    while (count < 3 && position < end) {
      buffer |= data[position++]! << count;
      count += 8;
    }
    if (count < 3) throw new Error('packed text: the compressed data ends early');
    last = buffer & 1;
    const type = (buffer >>> 1) & 3;
    buffer >>>= 3;
    count -= 3;

    if (type === 0) {
      // Stored: from the next byte boundary, LEN and its complement, then LEN bytes.
      position -= count >> 3;
      buffer = 0;
      count = 0;
      if (position + 4 > end) throw new Error('packed text: the compressed data ends early');
      const length = data[position]! | (data[position + 1]! << 8);
      if ((length ^ 0xffff) !== (data[position + 2]! | (data[position + 3]! << 8)))
        throw new Error('packed text: a stored block with a bad length');
      position += 4;
      if (position + length > end) throw new Error('packed text: the compressed data ends early');
      if (size + length > out.length) out = grown(out, size, size + length);
      out.set(data.subarray(position, position + length), size);
      size += length;
      position += length;
      continue;
    }
    if (type === 3) throw new Error('packed text: a block of unknown type');

    let literals: Huffman;
    let distances: Huffman;
    if (type === 1) {
      fixed ??= fixedCodes();
      ({ literals, distances } = fixed);
    } else {
      while (count < 14 && position < end) {
        buffer |= data[position++]! << count;
        count += 8;
      }
      if (count < 14) throw new Error('packed text: the compressed data ends early');
      const literalCount = (buffer & 31) + 257;
      const distanceCount = ((buffer >>> 5) & 31) + 1;
      const codeLengthCount = ((buffer >>> 10) & 15) + 4;
      buffer >>>= 14;
      count -= 14;
      const codeLengthLengths = new Uint8Array(19);
      for (let i = 0; i < codeLengthCount; i++) {
        while (count < 3 && position < end) {
          buffer |= data[position++]! << count;
          count += 8;
        }
        if (count < 3) throw new Error('packed text: the compressed data ends early');
        codeLengthLengths[CODE_LENGTH_ORDER[i]!] = buffer & 7;
        buffer >>>= 3;
        count -= 3;
      }
      const codeLengths = huffman(codeLengthLengths, 0, 19);
      const lengths = new Uint8Array(literalCount + distanceCount);
      for (let i = 0; i < lengths.length;) {
        while (count < 14 && position < end) {
          buffer |= data[position++]! << count;
          count += 8;
        }
        let entry = codeLengths.table[buffer & codeLengths.mask]!;
        if (entry === 0) entry = longCode(codeLengths, buffer, count);
        const used = entry & 15;
        if (used > count) throw new Error('packed text: the compressed data ends early');
        buffer >>>= used;
        count -= used;
        const symbol = entry >> 4;
        if (symbol < 16) {
          lengths[i++] = symbol;
          continue;
        }
        const extra = symbol === 16 ? 2 : symbol === 17 ? 3 : 7;
        if (extra > count) throw new Error('packed text: the compressed data ends early');
        const repeat = (symbol === 18 ? 11 : 3) + (buffer & ((1 << extra) - 1));
        buffer >>>= extra;
        count -= extra;
        if (symbol === 16 && i === 0) throw new Error('packed text: a repeated code length with none before it');
        if (i + repeat > lengths.length) throw new Error('packed text: too many code lengths');
        lengths.fill(symbol === 16 ? lengths[i - 1]! : 0, i, i + repeat);
        i += repeat;
      }
      literals = huffman(lengths, 0, literalCount);
      distances = huffman(lengths, literalCount, distanceCount);
    }

    for (;;) {
      // 15 bits for the longest code; the length's 5 extra bits come after a refill below.
      while (count < 15 && position < end) {
        buffer |= data[position++]! << count;
        count += 8;
      }
      let entry = literals.table[buffer & literals.mask]!;
      if (entry === 0) entry = longCode(literals, buffer, count);
      let used = entry & 15;
      if (used > count) throw new Error('packed text: the compressed data ends early');
      buffer >>>= used;
      count -= used;
      const symbol = entry >> 4;
      if (symbol < 256) {
        if (size === out.length) out = grown(out, size, size + 1);
        out[size++] = symbol;
        continue;
      }
      if (symbol === 256) break;
      const lengthCode = symbol - 257;
      if (lengthCode >= 29) throw new Error('packed text: a length code out of range');
      while (count < 20 && position < end) {
        buffer |= data[position++]! << count;
        count += 8;
      }
      let extra = LENGTH_EXTRA[lengthCode]!;
      if (extra > count) throw new Error('packed text: the compressed data ends early');
      const length = LENGTH_BASE[lengthCode]! + (buffer & ((1 << extra) - 1));
      buffer >>>= extra;
      count -= extra;
      entry = distances.table[buffer & distances.mask]!;
      if (entry === 0) entry = longCode(distances, buffer, count);
      used = entry & 15;
      if (used > count) throw new Error('packed text: the compressed data ends early');
      buffer >>>= used;
      count -= used;
      const distanceCode = entry >> 4;
      if (distanceCode >= 30) throw new Error('packed text: a distance code out of range');
      while (count < 13 && position < end) {
        buffer |= data[position++]! << count;
        count += 8;
      }
      extra = DISTANCE_EXTRA[distanceCode]!;
      if (extra > count) throw new Error('packed text: the compressed data ends early');
      const distance = DISTANCE_BASE[distanceCode]! + (buffer & ((1 << extra) - 1));
      buffer >>>= extra;
      count -= extra;
      if (distance > size) throw new Error('packed text: a distance before the start');
      if (size + length > out.length) out = grown(out, size, size + length);
      if (distance >= length) out.copyWithin(size, size - distance, size - distance + length);
      // Overlapping (distance < length): the copy reads what it has just written.
      else for (let i = 0; i < length; i++) out[size + i] = out[size + i - distance]!;
      size += length;
    }
  }
  return out.subarray(0, size);
}

function grown(out: Uint8Array, size: number, needed: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(out.length * 2, needed));
  bigger.set(out.subarray(0, size));
  return bigger;
}

/** Bytes as text, one character each (packed text is ASCII: packText escapes everything else). */
export function asciiText(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 8192)
    parts.push(String.fromCharCode.apply(null, bytes.subarray(at, at + 8192) as unknown as number[]));
  return parts.join('');
}

/** The text that scripts/build-gas.mjs packed (packText there). */
export function unpackText(packed: string): string {
  return asciiText(inflateRaw(base64Bytes(packed)));
}
