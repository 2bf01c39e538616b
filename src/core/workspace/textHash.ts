/**
 * A fingerprint of a file's text for the files whose text the workspace does not hold (issue 20.4): it
 * tells whether a text fed again, or read again from disk, is the one last parsed. Two independent
 * 32-bit multiplicative hashes and the length: a collision would make the workspace skip a real change,
 * so 64 bits and the length, not 32. Not cryptographic (nobody chooses both texts to collide here: the
 * edit guard of the client, src/common/textBasis.ts, is SHA-256).
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}
