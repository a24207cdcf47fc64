/**
 * gas/server/packed.ts against node:zlib: whatever packText (scripts/build-gas.mjs) packs, at any
 * level (stored, fixed and dynamic Huffman blocks, overlapping copies), unpacks to the same text.
 */
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiText, base64Bytes, inflateRaw, unpackText } from '../../gas/server/packed';
import { asciiJson, escapeNonAscii, packScaleData, packText, SCALE_TEXTS_GROUP } from '../../scripts/build-gas.mjs';
import { unpackScale } from '../../gas/server/scale-texts';
import { IPS_25 } from '../../src/core/scale/ips25';

const deflate = (bytes: Uint8Array, level: number) => new Uint8Array(deflateRawSync(bytes, { level }));

describe('packed text', () => {
  it('unpacks what packText packs: the scale as ASCII JSON, and JSON with text in any script', () => {
    for (const text of ['', 'a', 'abc'.repeat(40_000), asciiJson(IPS_25)])
      expect(unpackText(packText(text))).toBe(text);
    expect(JSON.parse(unpackText(packText(asciiJson(IPS_25))))).toEqual(IPS_25);
    const value = { text: 'æøå ÆØÅ – “sitat” € 😀 \u0000 \n "' };
    expect(asciiJson(value)).not.toMatch(/[\u0080-\uffff]/);
    expect(JSON.parse(unpackText(packText(asciiJson(value))))).toEqual(value);
  });

  it('packs ASCII only (so that unpacking decodes no UTF-8)', () => {
    expect(() => packText('skår')).toThrow(/not ASCII/);
  });

  it('inflates stored, fixed and dynamic blocks as node:zlib wrote them', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 0, max: 9 }),
        (random, text, level) => {
          const repetitive = Buffer.from(text.repeat(1 + (text.length % 7)), 'utf8');
          for (const bytes of [random, new Uint8Array(repetitive)])
            expect(Buffer.from(inflateRaw(deflate(bytes, level))).equals(Buffer.from(bytes))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('inflates blocks longer than a stored block holds and copies that overlap', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7919) % 251);
    expect(Buffer.from(inflateRaw(deflate(bytes, 0))).equals(Buffer.from(bytes))).toBe(true);
    const runs = new Uint8Array(100_000).fill(65);
    expect(Buffer.from(inflateRaw(deflate(runs, 9))).equals(Buffer.from(runs))).toBe(true);
  });

  it('reads base64 with or without padding, and UTF-8', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar']) {
      const encoded = Buffer.from(text).toString('base64');
      expect(Buffer.from(base64Bytes(encoded)).toString()).toBe(text);
      expect(Buffer.from(base64Bytes(encoded.replace(/=+$/, ''))).toString()).toBe(text);
    }
    expect(asciiText(new Uint8Array(Buffer.from('Skaar 5: "bra"\n', 'latin1')))).toBe('Skaar 5: "bra"\n');
  });

  it('refuses what is not packed text', () => {
    expect(() => base64Bytes('ab$d')).toThrow(/not base64/);
    expect(() => base64Bytes('abcde')).toThrow(/not base64/);
    const packed = deflate(new Uint8Array(Buffer.from('hello hello hello hello', 'utf8')), 9);
    expect(() => inflateRaw(packed.subarray(0, packed.length - 2))).toThrow(/packed text/);
    expect(() => inflateRaw(new Uint8Array([0x07]))).toThrow(/unknown type/);
    expect(() => inflateRaw(new Uint8Array([0x01, 0x05, 0x00, 0x00, 0x00]))).toThrow(/bad length/);
  });
});

/** The generated columns of a source map's segments, line by line. */
function generatedColumns(mappings: string): number[][] {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  return mappings.split(';').map((line) => {
    let column = 0;
    return line === ''
      ? []
      : line.split(',').map((segment) => {
          let value = 0;
          let shift = 0;
          for (const ch of segment) {
            const digit = B64.indexOf(ch);
            value += (digit & 31) << shift;
            if (!(digit & 32)) break;
            shift += 5;
          }
          column += value & 1 ? -(value >>> 1) : value >>> 1;
          return column;
        });
  });
}

describe('escapeNonAscii', () => {
  it('writes what esbuild leaves outside ASCII as \\u escapes, and moves the source map with it', async () => {
    const { transform } = await import('esbuild');
    const source = "const dash = /[-–]/; const quote = '«x»'; export const after = dash.test('–') && quote;\n";
    const built = await transform(source, {
      loader: 'ts',
      format: 'iife',
      globalName: 'M',
      charset: 'ascii',
      sourcemap: 'external',
      minify: true,
    });
    expect(built.code).toMatch(/[\u0080-\uffff]/); // in the regular expression
    const { code, map } = escapeNonAscii(built.code, built.map);
    expect(code).not.toMatch(/[\u0080-\uffff]/);
    expect((new Function(`${code}; return M;`)() as { after: unknown }).after).toBe('«x»');
    // Every mapped position points at the same character as before.
    const before = generatedColumns(JSON.parse(built.map).mappings);
    const after = generatedColumns(JSON.parse(map).mappings);
    const oldLines = built.code.split('\n');
    const newLines = code.split('\n');
    expect(after.map((line) => line.length)).toEqual(before.map((line) => line.length));
    before.forEach((line, index) =>
      line.forEach((column, segment) => {
        const ch = oldLines[index]![column];
        if (ch && ch.charCodeAt(0) < 0x80) expect(newLines[index]![after[index]![segment]!]).toBe(ch);
      }),
    );
  });
});

describe("the scale's texts in Code.js (gas/server/scale-texts.ts)", () => {
  it('unpack to the scale, and an item read unpacks its group only', () => {
    const packed = packScaleData(IPS_25);
    expect(packed.groups).toHaveLength(Math.ceil(IPS_25.items.length / SCALE_TEXTS_GROUP));
    const read: number[] = [];
    const groups = new Proxy(packed.groups, {
      get: (target, key) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.push(Number(key));
        return Reflect.get(target, key) as unknown;
      },
    });
    const scale = unpackScale({ ...packed, groups });
    // The ids are there at once (provideScaleTexts checks them): nothing is unpacked yet.
    expect(scale.items.map((item) => item.id)).toEqual(IPS_25.items.map((item) => item.id));
    expect(read).toEqual([]);
    const index = SCALE_TEXTS_GROUP + 2;
    expect(scale.items[index]!.anchors[3]).toEqual(IPS_25.items[index]!.anchors[3]);
    expect(scale.items[index]!.criterion).toEqual(IPS_25.items[index]!.criterion);
    expect(read).toEqual([1]);
    expect(JSON.parse(JSON.stringify(scale))).toEqual(IPS_25);
  });
});
