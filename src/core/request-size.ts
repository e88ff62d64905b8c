/**
 * The size of an Office.js request, measured once for production (sizing a build's chunks) and for
 * the Excel mock (failing a request over the limit).
 */

/** Excel on the web refuses a request (or response) larger than 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Bytes a value adds to an Office.js request, estimated on the safe side: JSON, with every
 * non-ASCII character counted as a 6-byte "\uXXXX" escape (UTF-8 would need 3).
 */
export function estimateJsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}
