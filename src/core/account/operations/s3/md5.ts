/**
 * MD5 (RFC 1321), pure and synchronous, for S3's ETags: S3 gives a single-part upload the quoted hex MD5
 * of its bytes as ETag. MD5 is not used for any security decision here.
 */

/** Per-round left-rotation amounts. */
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

/** K[i] = floor(|sin(i + 1)| * 2^32). */
const K: number[] = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

/** MD5 of bytes, as 32 lower-case hex digits. */
export function md5Bytes(input: Uint8Array): string {
  const bitLength = input.length * 8;
  // Pad: 0x80, zeros to 56 mod 64, then the length in bits as a 64-bit little-endian number.
  const padded = new Uint8Array((((input.length + 8) >>> 6) + 1) << 6);
  padded.set(input);
  padded[input.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, bitLength >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor(bitLength / 2 ** 32), true);

  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  const m = new Array<number>(16);
  for (let block = 0; block < padded.length; block += 64) {
    for (let j = 0; j < 16; j++) m[j] = view.getUint32(block + j * 4, true);
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const sum = (a + f + (K[i] as number) + (m[g] as number)) >>> 0;
      const s = SHIFTS[(i >>> 4) * 4 + (i % 4)] as number;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << s) | (sum >>> (32 - s)))) >>> 0;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  const out = new DataView(new ArrayBuffer(16));
  [a0, b0, c0, d0].forEach((word, i) => out.setUint32(i * 4, word, true));
  return [...new Uint8Array(out.buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** UTF-8 bytes of text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** MD5 of the UTF-8 bytes of text, as 32 lower-case hex digits. */
export function md5Hex(text: string): string {
  return md5Bytes(utf8(text));
}
