import { useState } from 'react';
import type { NoticeMessage } from '../Notice';
import { errorMessage, usePaneLanguage } from '../pane-context';

/** Runs one workbook action at a time and keeps its outcome as a message. */
export function useAction() {
  const { t } = usePaneLanguage();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  async function run(action: () => Promise<NoticeMessage | null>) {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ intent: 'error', text: t.failed(errorMessage(error)) });
    } finally {
      setBusy(false);
    }
  }
  return { busy, notice, setNotice, run };
}
