import type { Said } from '../core/message';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IgnoredSetting, WorkbookOperations, WorkbookSettings } from '../host/workbook-operations';
import { DEFAULT_SETTINGS, completeSettings } from './model-choice';
import { errorMessage } from './pane-context';

export interface PaneSettings {
  /** null until the workbook's settings are loaded. */
  settings: WorkbookSettings | null;
  loadError: Said | string | null;
  /** What the stored settings held that the pane did not use (shown until the user dismisses it). */
  ignored: IgnoredSetting[];
  dismissIgnored(): void;
  /** Merges a change into the settings, shows it at once and saves it in the workbook (rejects when saving fails). */
  update(change: Partial<WorkbookSettings>): Promise<void>;
}

/** The workbook settings: loaded once on start, saved on every change (the host keeps what the pane did not understand). */
export function usePaneSettings(ops: WorkbookOperations): PaneSettings {
  const [settings, setSettings] = useState<WorkbookSettings | null>(null);
  const [loadError, setLoadError] = useState<Said | string | null>(null);
  const [ignored, setIgnored] = useState<IgnoredSetting[]>([]);
  const latest = useRef<WorkbookSettings | null>(null);
  const loadFailed = useRef(false);

  useEffect(() => {
    let live = true;
    ops.loadSettings().then(
      (loaded) => {
        if (!live) return;
        latest.current = completeSettings(loaded.settings);
        setSettings(latest.current);
        setIgnored(loaded.ignored);
      },
      (error: unknown) => {
        if (!live) return;
        setLoadError(errorMessage(error));
        loadFailed.current = true;
        latest.current = DEFAULT_SETTINGS;
        setSettings(DEFAULT_SETTINGS);
      },
    );
    return () => {
      live = false;
    };
  }, [ops]);

  const update = useCallback(
    async (change: Partial<WorkbookSettings>) => {
      // After a failed load the defaults are on show: read again before saving, so a save never
      // replaces the workbook's model or mappings with the defaults.
      if (loadFailed.current) {
        const loaded = await ops.loadSettings();
        latest.current = completeSettings(loaded.settings);
        loadFailed.current = false;
        setLoadError(null);
        setIgnored(loaded.ignored);
      }
      const next = { ...(latest.current ?? DEFAULT_SETTINGS), ...change };
      latest.current = next;
      setSettings(next);
      await ops.saveSettings(next);
    },
    [ops],
  );

  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { settings, loadError, ignored, dismissIgnored, update };
}
