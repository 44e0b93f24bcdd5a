/**
 * The QR code a virtual MFA device is set up with: the `otpauth://` URI AWS documents, encoded as a QR
 * module matrix by uqr and written as a small black-and-white PNG (1-bit grayscale, stored deflate
 * blocks, so no compressor is needed and the output is the same in Node and browsers).
 */
import { encode } from 'uqr';

/**
 * The key URI of a virtual MFA device, as the IAM API reference describes QRCodePNG:
 * `otpauth://totp/$virtualMFADeviceName@$AccountName?secret=$Base32String`, where AccountName is the
 * account alias when set, else the account id.
 */
export function otpauthUri(deviceName: string, accountName: string, seedBase32: string): string {
  return `otpauth://totp/${encodeURIComponent(deviceName)}@${encodeURIComponent(accountName)}?secret=${seedBase32}`;
}

/** A QR code as rows of modules, `true` for dark, including its quiet zone. */
export function qrMatrix(text: string, border = 4): boolean[][] {
  return encode(text, { ecc: 'M', border }).data;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO 3309, as PNG chunks use). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = (crcTable[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream of stored (uncompressed) deflate blocks. */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + data.length + blocks * 5 + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let at = 2;
  for (let i = 0; i < blocks; i++) {
    const chunk = data.subarray(i * 65535, Math.min(data.length, (i + 1) * 65535));
    out[at++] = i === blocks - 1 ? 1 : 0;
    out[at++] = chunk.length & 0xff;
    out[at++] = chunk.length >>> 8;
    out[at++] = ~chunk.length & 0xff;
    out[at++] = (~chunk.length >>> 8) & 0xff;
    out.set(chunk, at);
    at += chunk.length;
  }
  const sum = adler32(data);
  out[at++] = sum >>> 24;
  out[at++] = (sum >>> 16) & 0xff;
  out[at++] = (sum >>> 8) & 0xff;
  out[at++] = sum & 0xff;
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A 1-bit grayscale PNG of a module matrix, `scale` pixels per module (dark modules black). */
export function matrixToPng(matrix: readonly (readonly boolean[])[], scale = 4): Uint8Array {
  const modules = matrix.length;
  const size = modules * scale;
  const rowBytes = Math.ceil(size / 8);
  const raw = new Uint8Array((rowBytes + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = matrix[Math.floor(y / scale)] ?? [];
    const base = y * (rowBytes + 1); // filter byte 0 (None), then pixels
    for (let x = 0; x < size; x++) {
      const light = !row[Math.floor(x / scale)];
      if (light) raw[base + 1 + (x >> 3)]! |= 0x80 >>> (x & 7);
    }
    // Padding bits past the image's right edge stay 0; decoders ignore them.
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, size);
  v.setUint32(4, size);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, grayscale, deflate, adaptive filtering, no interlace
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlibStored(raw)), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Base64 of bytes (as the AWS CLI prints blobs in JSON). */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** The QR code of a text as a base64 PNG. */
export function qrPngBase64(text: string, scale = 4): string {
  return toBase64(matrixToPng(qrMatrix(text), scale));
}
