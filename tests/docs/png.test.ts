/**
 * The PNG reader the guide's screenshot test compares pictures with (tests/support/png.ts): every
 * row filter PNG has, decoded back to the pixels written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, differentPixels } from '../support/png';

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, Buffer.from(type, 'ascii'), body, Buffer.alloc(4)]); // the reader does not check CRCs
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** An RGBA PNG of `pixels`, row y filtered with filter y % 5. */
function encode(width: number, height: number, pixels: Buffer): Buffer {
  const stride = width * 4;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    const row = Buffer.alloc(stride + 1);
    row[0] = filter;
    for (let x = 0; x < stride; x++) {
      const at = (yy: number, xx: number) => (yy < 0 || xx < 0 ? 0 : pixels[yy * stride + xx]!);
      const [left, up, corner] = [at(y, x - 4), at(y - 1, x), at(y - 1, x - 4)];
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, corner)][filter]!;
      row[x + 1] = (pixels[y * stride + x]! - predicted) & 0xff;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodePng', () => {
  it('reads back the pixels written with each of the five row filters', () => {
    const [width, height] = [7, 10];
    const pixels = Buffer.from(Array.from({ length: width * height * 4 }, (_, i) => (i * 37 + (i >> 3) * 11) & 0xff));
    const decoded = decodePng(encode(width, height, pixels));
    expect([decoded.width, decoded.height, decoded.channels]).toEqual([width, height, 4]);
    expect(decoded.data.equals(pixels)).toBe(true);
  });

  it('counts the pixels that differ', () => {
    const pixels = Buffer.alloc(4 * 4 * 4, 200);
    const changed = Buffer.from(pixels);
    changed[0] = 0;
    changed[4 * 4 * 4 - 1] = 0;
    expect(differentPixels(encode(4, 4, pixels), encode(4, 4, pixels))).toBe(0);
    expect(differentPixels(encode(4, 4, pixels), encode(4, 4, changed))).toBe(2);
    expect(differentPixels(encode(4, 4, pixels), encode(2, 8, pixels.subarray(0, 64)))).toBe(Infinity);
  });

  it("reads chromium screenshots (the guide's pictures)", () => {
    const picture = readFileSync(path.resolve(import.meta.dirname, '../../docs/images/en-start.png'));
    expect(decodePng(picture)).toMatchObject({ width: 360, height: 800 });
    expect(differentPixels(picture, picture)).toBe(0);
  });
});
