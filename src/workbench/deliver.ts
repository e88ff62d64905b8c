/** Time between two downloads: Chromium drops downloads a page starts in one burst (the 11th of 14 assessor files). */
export const DOWNLOAD_SPACING_MS = 250;
let nextStart = 0;

/** Hands a file to the user as a browser download (a blob URL and an anchor); several start a little apart. */
export function downloadFile(fileName: string, data: Uint8Array, mimeType: string): void {
  const blob = new Blob([data as BlobPart], { type: mimeType });
  const now = Date.now();
  const wait = Math.max(0, nextStart - now);
  nextStart = Math.max(now, nextStart) + DOWNLOAD_SPACING_MS;
  const start = () => {
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    anchor.style.display = 'none';
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    // The download has started from the URL; free it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  if (wait === 0) start();
  else setTimeout(start, wait);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
