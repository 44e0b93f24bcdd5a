/** Salted hashes for passwords and secrets, with Web Crypto (the same in Node 20 and browsers). */

/** SHA-256 of `salt:text`, hex. */
export async function saltedHash(text: string, salt: string): Promise<string> {
  const data = new TextEncoder().encode(`${salt}:${text}`);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
