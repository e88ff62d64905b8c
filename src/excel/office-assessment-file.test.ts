/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/download-dialog.html"}
 */
import { deliverFile, type DeliveryHost } from './office-file-delivery';
import { receiveFromPane, saveFromFragment } from './office-file-dialog-page';
import { fragmentFor, PART_CHARS, toBase64 } from './office-file-protocol';

const PANE = 'https://localhost:3000/taskpane.html';
const PAGE_ORIGIN = 'https://localhost:3000';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Files the user got: what the page or pane handed to an anchor download. */
let saved: { name: string; blob: Blob }[];
let blobs: Map<string, Blob>;

beforeEach(() => {
  saved = [];
  blobs = new Map();
  let n = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:${PAGE_ORIGIN}/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  document.body.innerHTML = `
    <p id="status"></p>
    <button id="save" hidden></button><button id="open-in-browser" hidden></button><button id="close"></button>`;
});

afterEach(() => jest.restoreAllMocks());

function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
}

/** Byte-for-byte equality (toEqual on half a megabyte of typed array is slow). */
function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function sampleFile(size: number): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) % 256);
}

/**
 * A fake Office for the pane and one for the dialog page, joined as Office joins them: the pane's
 * messageChild reaches the page's DialogParentMessageReceived handler, the page's messageParent
 * reaches the pane's DialogMessageReceived handler. The page script runs for real.
 */
function officePair(options: { platform: string; sets: string[]; pageOrigin?: string }) {
  const opened: string[] = [];
  const browserWindows: string[] = [];
  const EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived', DialogParentMessageReceived: 'dialogParentMessageReceived' };
  let toPane: ((arg: { message: string; origin: string }) => void) | undefined;
  let toPage: ((arg: { message: string; origin: string }) => void) | undefined;
  const pageOffice = {
    EventType,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      ui: {
        // As Office: the handler is in place only when the callback says so, after the call returns.
        addHandlerAsync: (_type: string, handler: typeof toPage, callback?: (result: { status: string }) => void) =>
          setTimeout(() => {
            toPage = handler;
            callback?.({ status: 'succeeded' });
          }, 0),
        messageParent: (message: string) => toPane!({ message, origin: options.pageOrigin ?? PAGE_ORIGIN }),
      },
    },
  };
  const dialog = {
    closed: false,
    addEventHandler: (type: string, handler: typeof toPane) => {
      if (type === EventType.DialogMessageReceived) toPane = handler;
    },
    messageChild: (message: string) => toPage!({ message, origin: PAGE_ORIGIN }),
    close() {
      dialog.closed = true;
    },
  };
  const paneOffice = {
    EventType,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      platform: options.platform,
      requirements: { isSetSupported: (set: string, version: string) => options.sets.includes(`${set} ${version}`) },
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
          opened.push(url);
          callback({ status: 'succeeded', value: dialog });
          // The page loads in the dialog and starts its script.
          setTimeout(() => receiveFromPane(document, pageOffice as unknown as typeof Office), 0);
        },
        openBrowserWindow: (url: string) => browserWindows.push(url),
      },
    },
  };
  const host: DeliveryHost = { document, office: paneOffice as unknown as typeof Office, pageUrl: PANE };
  return { host, opened, browserWindows, dialog, page: () => toPage };
}

describe('deliverFile', () => {
  it('downloads through an anchor where the pane can (browsers, Excel on the web, Windows)', async () => {
    const { host, opened } = officePair({ platform: 'OfficeOnline', sets: ['DialogApi 1.2'] });
    const data = sampleFile(1000);
    await deliverFile('profiles.pptx', data, PPTX, host);
    expect(opened).toEqual([]);
    expect(saved.map((s) => s.name)).toEqual(['profiles.pptx']);
    expect(saved[0].blob.type).toBe(PPTX);
    expect(await bytesOf(saved[0].blob)).toEqual(data);
  });

  it('on Mac, where the WebView drops downloads, hands the file to its own download page in a dialog', async () => {
    const { host, opened, browserWindows } = officePair({ platform: 'Mac', sets: ['DialogApi 1.1', 'DialogApi 1.2', 'OpenBrowserWindowApi 1.1'] });
    // Several messageChild parts.
    const data = sampleFile(Math.ceil((PART_CHARS * 2.5 * 3) / 4));
    await deliverFile('能力素质 profiles.pptx', data, PPTX, host);

    // The page of the pane's own origin, nothing else.
    expect(opened).toEqual([`${PAGE_ORIGIN}/download-dialog.html`]);
    expect(saved).toEqual([]);
    expect(document.getElementById('status')!.textContent).toContain('能力素质 profiles.pptx');

    // The user clicks Save in the dialog: the page saves exactly the bytes of the file.
    (document.getElementById('save') as HTMLButtonElement).click();
    expect(saved.map((s) => s.name)).toEqual(['能力素质 profiles.pptx']);
    expect(same(await bytesOf(saved[0].blob), data)).toBe(true);

    // "Open in browser": the same page, in the browser, with the file in the fragment only.
    const openInBrowser = document.getElementById('open-in-browser') as HTMLButtonElement;
    expect(openInBrowser.hidden).toBe(false);
    openInBrowser.click();
    expect(browserWindows).toHaveLength(1);
    const url = new URL(browserWindows[0]);
    expect(`${url.origin}${url.pathname}${url.search}`).toBe(`${PAGE_ORIGIN}/download-dialog.html`);
    expect(url.hash).toBe(fragmentFor({ name: '能力素质 profiles.pptx', mimeType: PPTX, base64: toBase64(data) }));
  });

  it('for one of several files, settles only when the user has closed the window, so the next file can open its own', async () => {
    const { host, opened, dialog } = officePair({ platform: 'Mac', sets: ['DialogApi 1.1', 'DialogApi 1.2'] });
    let settled = false;
    const delivery = deliverFile('评价表 M-a.xlsx', sampleFile(100), PPTX, host, { untilClosed: true }).then(() => void (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The page has the file; the window is still open.
    expect(document.getElementById('status')!.textContent).toContain('评价表 M-a.xlsx');
    expect(settled).toBe(false);
    (document.getElementById('close') as HTMLButtonElement).click();
    await delivery;
    expect(dialog.closed).toBe(true);
    expect(opened).toHaveLength(1);
  });

  it('in the browser, the page saves the file from its fragment and clears it from the address bar', async () => {
    const data = sampleFile(5000);
    window.history.replaceState(null, '', `/download-dialog.html${fragmentFor({ name: 'deck.pptx', mimeType: PPTX, base64: toBase64(data) })}`);
    expect(saveFromFragment(document, window)).toBe(true);
    expect(window.location.hash).toBe('');
    expect(saved.map((s) => s.name)).toEqual(['deck.pptx']);
    expect(await bytesOf(saved[0].blob)).toEqual(data);
  });

  it('gives the file only to a page of its own origin', async () => {
    const { host, dialog } = officePair({ platform: 'Mac', sets: ['DialogApi 1.2'], pageOrigin: 'https://elsewhere.example' });
    const sent = jest.spyOn(dialog, 'messageChild');
    void deliverFile('a.pptx', sampleFile(10), PPTX, host);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The page said "ready", but from another origin: no part of the file was sent.
    expect(sent).not.toHaveBeenCalled();
  });

  it('says what to do where Office cannot pass data to a dialog (Mac before 16.37)', async () => {
    const { host, opened } = officePair({ platform: 'Mac', sets: ['DialogApi 1.1'] });
    await expect(deliverFile('a.pptx', sampleFile(10), PPTX, host)).rejects.toThrow(/DialogApi 1\.2.*Update Office/);
    expect(opened).toEqual([]);
  });
});
