import { crc32 as nodeCrc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, matrixToPng, otpauthUri, qrMatrix, qrPngBase64 } from './qr.ts';

/** Read a PNG with Node's own zlib: chunk CRCs checked, pixels unpacked to rows of "dark?" booleans. */
function readPng(bytes: Uint8Array): { width: number; height: number; dark: boolean[][] } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Uint8Array[] = [];
  const types: string[] = [];
  while (at < bytes.length) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + len);
    expect(view.getUint32(at + 8 + len)).toBe(nodeCrc32(bytes.subarray(at + 4, at + 8 + len)));
    types.push(type);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      expect([...data.subarray(8)]).toEqual([1, 0, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
  const raw = inflateSync(Buffer.concat(idat));
  const rowBytes = Math.ceil(width / 8);
  expect(raw.length).toBe((rowBytes + 1) * height);
  const dark: boolean[][] = [];
  for (let y = 0; y < height; y++) {
    expect(raw[y * (rowBytes + 1)]).toBe(0);
    const row: boolean[] = [];
    for (let x = 0; x < width; x++) row.push(((raw[y * (rowBytes + 1) + 1 + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) === 0);
    dark.push(row);
  }
  return { width, height, dark };
}

describe('virtual MFA QR code', () => {
  it('builds the otpauth URI the IAM API reference describes', () => {
    expect(otpauthUri('alice', '111122223333', 'ABCDEFGH')).toBe('otpauth://totp/alice@111122223333?secret=ABCDEFGH');
  });

  it('writes a PNG that Node zlib reads back to the same modules, at the given scale', () => {
    const uri = otpauthUri('alice', '111122223333', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    const matrix = qrMatrix(uri);
    for (const scale of [1, 3, 4]) {
      const png = readPng(matrixToPng(matrix, scale));
      expect(png.width).toBe(matrix.length * scale);
      expect(png.height).toBe(png.width);
      for (let y = 0; y < png.height; y++) {
        for (let x = 0; x < png.width; x++) {
          if (png.dark[y]![x] !== matrix[Math.floor(y / scale)]![Math.floor(x / scale)]) throw new Error(`pixel ${x},${y} differs at scale ${scale}`);
        }
      }
    }
    // A QR code has dark finder patterns in its corners and a light quiet zone around them.
    expect(matrix[4]![4]).toBe(true);
    expect(matrix[0]![0]).toBe(false);
  });

  it('splits data longer than one stored block', () => {
    const big = Array.from({ length: 300 }, (_, y) => Array.from({ length: 300 }, (_, x) => (x + y) % 3 === 0));
    const png = readPng(matrixToPng(big, 2));
    expect(png.width).toBe(600);
    expect(png.dark[5]![7]).toBe(big[2]![3]);
  });

  it('has a CRC-32 that matches Node', () => {
    const data = new TextEncoder().encode('The quick brown fox jumps over the lazy dog');
    expect(crc32(data)).toBe(nodeCrc32(data));
    expect(crc32(data)).toBe(0x414fa339);
  });

  it('returns base64 of a PNG', () => {
    const b64 = qrPngBase64('otpauth://totp/x@1?secret=AAAA');
    expect(Buffer.from(b64, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });
});
