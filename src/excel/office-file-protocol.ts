/**
 * Messages between the pane and its download page (download-dialog.html, same origin). The file
 * travels inside Office's dialog channel (messageChild, DialogApi 1.2) in base64 parts, or, when the
 * page is opened in the user's browser, in the URL fragment, which browsers never send to a server.
 */

/** Characters of base64 per messageChild call: small enough for every Office dialog channel. */
export const PART_CHARS = 256 * 1024;
/** Longest URL handed to the browser (fragment included): beyond it the browser path is not offered. */
export const BROWSER_URL_LIMIT = 2 * 1024 * 1024;
export const DIALOG_PAGE = 'download-dialog.html';

export type PageMessage =
  /** The page is loaded and listening. */
  | { type: 'ready' }
  /** Every part arrived. */
  | { type: 'received' }
  /** The user asked for the browser path (downloads inside the dialog do nothing on Mac). */
  | { type: 'open-in-browser' }
  | { type: 'close' };

export type PaneMessage =
  | { type: 'file'; name: string; mimeType: string; size: number; parts: number; browserUrl: boolean }
  | { type: 'part'; index: number; data: string };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function splitParts(base64: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < base64.length; i += PART_CHARS) parts.push(base64.slice(i, i + PART_CHARS));
  return parts.length > 0 ? parts : [''];
}

export interface FileInFragment {
  name: string;
  mimeType: string;
  base64: string;
}

/** "#file=<name>&type=<mime>&data=<base64>": read back by the page when it runs in a browser. */
export function fragmentFor(file: FileInFragment): string {
  return `#file=${encodeURIComponent(file.name)}&type=${encodeURIComponent(file.mimeType)}&data=${encodeURIComponent(file.base64)}`;
}

export function fileFromFragment(hash: string): FileInFragment | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const name = params.get('file');
  const base64 = params.get('data');
  if (!name || base64 === null) return null;
  return { name, mimeType: params.get('type') || 'application/octet-stream', base64 };
}

/** Starts a download of `blob` through a temporary anchor (works in browsers and most WebViews). */
export function downloadThroughAnchor(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  doc.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // The download has taken its copy by then; the object URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
