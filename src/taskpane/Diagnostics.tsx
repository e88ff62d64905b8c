import type { Said } from '../core/message';
import { Button, MessageBar, MessageBarBody, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { diagnosticsText, type DiagnosticsReport, type RunDiagnostics } from '../host/diagnostics';
import { errorMessage, usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

/**
 * The first-run check, under the pane's help: runs the host's probes on scratch sheets and shows a
 * report to copy. The probes never touch the user's cells; the report stays in the pane.
 */
export function Diagnostics({ run }: { run: RunDiagnostics }) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  const [state, setState] = useState<{ running: boolean; report?: DiagnosticsReport; error?: Said | string; copied?: boolean }>({ running: false });

  const start = async () => {
    setState({ running: true });
    try {
      setState({ running: false, report: await run() });
    } catch (error) {
      setState({ running: false, error: errorMessage(error) });
    }
  };
  const text = state.report ? diagnosticsText(state.report) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState((s) => ({ ...s, copied: true }));
    } catch {
      // Some Office WebViews refuse the clipboard: the text area below stays selectable.
      setState((s) => ({ ...s, copied: false }));
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {t.diagnosticsHeading}
      </Text>
      <Text as="p" size={200}>
        {t.diagnosticsIntro}
      </Text>
      <div>
        <Button onClick={() => void start()} disabled={state.running}>
          {t.diagnosticsRun}
        </Button>
      </div>
      {state.running ? <Spinner size="tiny" label={t.diagnosticsRunning} /> : null}
      {state.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.failed(state.error)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.report ? (
        <>
          <ul className={styles.list} aria-label={t.diagnosticsSets}>
            {state.report.sets.map((set) => (
              <li key={`${set.name} ${set.version}`}>
                {set.supported ? '✓' : '✗'} {set.name} {set.version}
              </li>
            ))}
          </ul>
          <ul className={styles.list} aria-label={t.diagnosticsProbes}>
            {state.report.probes.map((probe) => (
              <li key={probe.id}>
                {probe.id}: {probe.outcome}
                {probe.detail ? ` (${probe.detail})` : ''}
              </li>
            ))}
          </ul>
          {!state.report.cleanedUp ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t.diagnosticsNotCleaned}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Textarea readOnly value={text} aria-label={t.diagnosticsReport} resize="vertical" />
          <div>
            <Button onClick={() => void copy()}>{t.diagnosticsCopy}</Button> {state.copied ? <Text size={200}>{t.diagnosticsCopied}</Text> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
