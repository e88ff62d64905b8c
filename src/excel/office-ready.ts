/**
 * Calls `start` once Office is ready, telling whether the page runs inside Excel. Outside Office (a
 * plain browser: office.js absent, or onReady without a host) it starts at once with false.
 */
export function whenOfficeReady(start: (inExcel: boolean) => void): void {
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady((info) => start(info.host === Office.HostType.Excel));
  else start(false);
}
