import {
  BROWSER_URL_LIMIT,
  DIALOG_PAGE,
  downloadThroughAnchor,
  fragmentFor,
  splitParts,
  toBase64,
  type PageMessage,
  type PaneMessage,
} from './office-file-protocol';
import { SaidError } from '../core/message';
import { hostMessages, hostPlaces } from '../host/messages';

/**
 * Hands a file to the user without sending it anywhere.
 *
 * 1. Where the pane can download (browsers, Excel on the web, Windows WebView2): a blob URL and an
 *    anchor with `download`.
 * 2. Office for Mac and iPad run the pane in a WKWebView that silently ignores downloads (no error,
 *    no event: OfficeDev/office-js#2700, #4681), so there is nothing to detect at run time but the
 *    platform. There the pane opens its own page, download-dialog.html from the pane's own origin,
 *    in an Office dialog (DialogApi 1.1) and passes the file to it with messageChild (DialogApi 1.2),
 *    in base64 parts. The page offers a Save link, and, because a download inside the dialog's
 *    WebView fails on Mac too, "Open in browser": the pane then opens the same page in the user's
 *    browser (openBrowserWindow, OpenBrowserWindowApi 1.1) with the file in the URL fragment, which
 *    browsers never send to a server; the page saves it there. Nothing leaves the machine: the only
 *    server involved serves the static page, and the fragment is not part of the request.
 *    Files too large for a URL (BROWSER_URL_LIMIT) get the Save link only.
 * 3. Without DialogApi 1.2 (Office for Mac before 16.37) the file cannot reach the page: the
 *    promise rejects with what to do.
 */

/** What deliverFile needs of its surroundings; tests hand fakes. */
export interface DeliveryHost {
  document: Document | undefined;
  office: typeof Office | undefined;
  /** The pane page's URL: the download page is resolved against it (same origin, same folder). */
  pageUrl: string;
}

export function defaultDeliveryHost(): DeliveryHost {
  return {
    document: typeof document !== 'undefined' ? document : undefined,
    office: typeof Office !== 'undefined' ? Office : undefined,
    pageUrl: typeof location !== 'undefined' ? location.href : '',
  };
}

function supports(office: typeof Office | undefined, set: string, version: string): boolean {
  try {
    return Boolean(office?.context?.requirements?.isSetSupported(set, version));
  } catch {
    return false;
  }
}

/** True where a blob + anchor download reaches the user (see above for why Mac and iPad are excluded). */
export function canDownloadInPane(host: DeliveryHost): boolean {
  if (!host.document || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  if (!('download' in host.document.createElement('a'))) return false;
  const platform = String(host.office?.context?.platform ?? '');
  return platform !== 'Mac' && platform !== 'iOS';
}

/**
 * `untilClosed`: settle when the user has closed the download window rather than when it has the
 * file, so the next of several files can open its own (Office shows one add-in dialog at a time).
 */
export async function deliverFile(fileName: string, data: Uint8Array, mimeType: string, host: DeliveryHost = defaultDeliveryHost(), options: { untilClosed?: boolean } = {}): Promise<void> {
  if (canDownloadInPane(host)) {
    downloadThroughAnchor(host.document!, new Blob([data as BlobPart], { type: mimeType }), fileName);
    return;
  }
  await offerInDialog(fileName, data, mimeType, host, options.untilClosed === true);
}

function openDialog(office: typeof Office, url: string): Promise<Office.Dialog> {
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(url, { height: 40, width: 30, displayInIframe: true }, (result) => {
      if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new SaidError(hostMessages.downloadWindowFailed(result.error?.message ?? hostPlaces.unknownError())));
    });
  });
}

async function offerInDialog(fileName: string, data: Uint8Array, mimeType: string, host: DeliveryHost, untilClosed: boolean): Promise<void> {
  const office = host.office;
  if (!office || !supports(office, 'DialogApi', '1.2')) {
    throw new SaidError(hostMessages.cannotSaveFiles());
  }
  const pageUrl = new URL(DIALOG_PAGE, host.pageUrl);
  const base64 = toBase64(data);
  const browserUrl = `${pageUrl.origin}${pageUrl.pathname}${fragmentFor({ name: fileName, mimeType, base64 })}`;
  const canOpenBrowser = supports(office, 'OpenBrowserWindowApi', '1.1') && browserUrl.length <= BROWSER_URL_LIMIT;
  const parts = splitParts(base64);
  const dialog = await openDialog(office, pageUrl.href);

  await new Promise<void>((resolve, reject) => {
    let received = false;
    const send = (message: PaneMessage) => dialog.messageChild(JSON.stringify(message));
    dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
      if (!('message' in arg)) return;
      // Only our own page may drive the exchange.
      if (arg.origin !== undefined && arg.origin !== pageUrl.origin) return;
      let message: PageMessage;
      try {
        message = JSON.parse(arg.message) as PageMessage;
      } catch {
        return;
      }
      if (message.type === 'ready') {
        send({ type: 'file', name: fileName, mimeType, size: data.length, parts: parts.length, browserUrl: canOpenBrowser });
        parts.forEach((part, index) => send({ type: 'part', index, data: part }));
      } else if (message.type === 'received') {
        received = true;
        if (!untilClosed) resolve();
      } else if (message.type === 'open-in-browser' && canOpenBrowser) {
        office.context.ui.openBrowserWindow(browserUrl);
      } else if (message.type === 'close') {
        dialog.close();
        if (received) resolve();
      }
    });
    dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
      // 12006: the user closed the dialog (before it had the file, the delivery failed).
      if (!('error' in arg)) return;
      if (received) resolve();
      else reject(new SaidError(hostMessages.downloadWindowClosed(fileName)));
    });
  });
}
