import { useEffect, useState } from 'react';
import type { WorkbenchWorkbook, WorkbookEvent } from '../workbook';

/** Re-renders on every change of the workbook (or only on the given kinds) and returns a version number. */
export function useWorkbookVersion(workbook: WorkbenchWorkbook, kinds?: WorkbookEvent['type'][]): number {
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      workbook.subscribe((event) => {
        if (!kinds || kinds.includes(event.type) || event.type === 'reset') setVersion((v) => v + 1);
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- kinds is a constant list per caller
    [workbook],
  );
  return version;
}
