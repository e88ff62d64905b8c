import type { Digest } from '../core/rating/audit-chain';

/** SHA-256 through Web Crypto, which Office's runtimes, browsers and Node all have (the audit chain's digest). */
export const sha256Hex: Digest = async (text) => {
  const hash = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join('');
};
