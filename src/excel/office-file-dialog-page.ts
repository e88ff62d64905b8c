import { downloadThroughAnchor, fileFromFragment, fromBase64, type PageMessage, type PaneMessage } from './office-file-protocol';

/**
 * The script of download-dialog.html (its own webpack entry). Two ways in, both local:
 * - opened by the pane in an Office dialog: it says "ready", receives the file from the pane by
 *   messageChild and offers a Save link (and "Open in browser" where the pane allows it);
 * - opened in the user's browser (the pane's "Open in browser"): the file is in the URL fragment;
 *   the page clears the fragment from the address bar and history, and saves the file.
 */

/* global Office */

interface PageElements {
  status: HTMLElement;
  save: HTMLButtonElement;
  browser: HTMLButtonElement;
  close: HTMLButtonElement;
}

function elements(doc: Document): PageElements {
  return {
    status: doc.getElementById('status')!,
    save: doc.getElementById('save') as HTMLButtonElement,
    browser: doc.getElementById('open-in-browser') as HTMLButtonElement,
    close: doc.getElementById('close') as HTMLButtonElement,
  };
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function offer(doc: Document, ui: PageElements, name: string, blob: Blob): void {
  ui.status.textContent = `${name} (${sizeText(blob.size)})`;
  ui.save.hidden = false;
  ui.save.onclick = () => downloadThroughAnchor(doc, blob, name);
}

/** In the browser: the file came in the fragment. */
export function saveFromFragment(doc: Document, win: Window): boolean {
  const file = fileFromFragment(win.location.hash);
  if (!file) return false;
  win.history.replaceState(null, '', win.location.pathname);
  const blob = new Blob([fromBase64(file.base64) as BlobPart], { type: file.mimeType });
  const ui = elements(doc);
  offer(doc, ui, file.name, blob);
  downloadThroughAnchor(doc, blob, file.name);
  return true;
}

/** In the Office dialog: receive the file from the pane. */
export function receiveFromPane(doc: Document, office: typeof Office): void {
  const ui = elements(doc);
  const send = (message: PageMessage) => office.context.ui.messageParent(JSON.stringify(message));
  let header: Extract<PaneMessage, { type: 'file' }> | null = null;
  let parts: string[] = [];
  let received = 0;

  office.context.ui.addHandlerAsync(office.EventType.DialogParentMessageReceived, (event: Office.DialogParentMessageReceivedEventArgs) => {
    // The pane is served from this page's origin; anything else is not ours.
    if (event.origin !== undefined && event.origin !== doc.location.origin) return;
    const message = JSON.parse(event.message) as PaneMessage;
    if (message.type === 'file') {
      header = message;
      parts = new Array<string>(message.parts);
      received = 0;
    } else if (message.type === 'part' && header && parts[message.index] === undefined) {
      parts[message.index] = message.data;
      received++;
      if (received < header.parts) return;
      const blob = new Blob([fromBase64(parts.join('')) as BlobPart], { type: header.mimeType });
      offer(doc, ui, header.name, blob);
      ui.browser.hidden = !header.browserUrl;
      send({ type: 'received' });
    }
  }, (result: Office.AsyncResult<void>) => {
    // "ready" only once the handler is in place: a file sent before would be lost.
    if (result.status === office.AsyncResultStatus.Succeeded) send({ type: 'ready' });
    else ui.status.textContent = `The download page cannot receive the file: ${result.error?.message ?? 'unknown error'}. Close it and try again.`;
  });
  ui.browser.onclick = () => send({ type: 'open-in-browser' });
  ui.close.onclick = () => send({ type: 'close' });
}

export function startDownloadPage(doc: Document, win: Window): void {
  if (saveFromFragment(doc, win)) return;
  if (typeof Office === 'undefined') return;
  void Office.onReady(() => receiveFromPane(doc, Office));
}

if (typeof document !== 'undefined' && document.getElementById('save')) startDownloadPage(document, window);
