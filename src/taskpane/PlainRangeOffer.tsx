import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ConvertRangeProblem, ConvertRangeResult, PlainRangeSummary } from '../host/workbook-operations';
import { Notice, type NoticeMessage } from './Notice';
import { errorMessage, usePaneLanguage } from './pane-context';
import type { Strings } from './i18n';
import { usePaneStyles } from './styles';

function problemText(t: Strings, problem: ConvertRangeProblem, detail?: string): string {
  switch (problem) {
    case 'weights-below-headers':
      return t.rangeProblemWeightsBelow;
    case 'merged-cells':
      return t.rangeProblemMerged;
    case 'blank-or-repeated-header':
      return t.rangeProblemHeaders;
    case 'totals-inside':
      return t.rangeProblemTotals;
    case 'no-people':
      return t.rangeProblemNoPeople;
    case 'no-range':
      return t.rangeProblemGone;
    case 'host-refused':
      return t.rangeProblemHost(detail ?? '');
  }
}

/** The weights row's cells that are not numbers ≥ 0, each with where it is. */
export function WeightProblems({ range }: { range: PlainRangeSummary }) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  if (range.weightProblems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t.weightsInvalid}
        <ul className={styles.list}>
          {range.weightProblems.map((p) => (
            <li key={p.address}>{t.weightsInvalidCell(p.address, p.value, p.header)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * A hand-made assessment in a plain range: where it is, and the offer to make it an Excel table
 * in place, showing first what that changes; where it cannot be made, why, and that rating in
 * place goes on.
 */
export function PlainRangeOffer({ range, onConvert }: { range: PlainRangeSummary; onConvert(): Promise<ConvertRangeResult> }) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const { conversion } = range;

  async function convert() {
    setBusy(true);
    try {
      const result = await onConvert();
      setConfirming(false);
      if (result.status === 'converted') setNotice({ intent: 'success', text: t.rangeConverted(result.table) });
      else setNotice({ intent: 'warning', text: t.rangeCannotConvert, issues: result.problems.map((p) => problemText(t, p, result.detail)) });
    } catch (error) {
      setNotice({ intent: 'error', text: t.failed(errorMessage(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {t.rangeHeading(range.sheet, range.address)}
      </Text>
      <Text as="p" className={styles.heading}>
        {t.rangeIntro(range.rowCount)}
      </Text>
      <WeightProblems range={range} />
      {conversion.problems.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t.rangeCannotConvert}
            <ul className={styles.list}>
              {conversion.problems.map((p) => (
                <li key={p}>{problemText(t, p)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : confirming ? (
        <div className={styles.stack}>
          <Text as="p">{t.rangeConvertWhat(`${range.sheet}!${conversion.address}`, range.rowCount)}</Text>
          {conversion.keptRows.length > 0 ? <Text as="p">{t.rangeConvertKept(conversion.keptRows.join(t.listSeparator))}</Text> : null}
          <Text as="p">{t.rangeConvertFormats}</Text>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void convert()} disabled={busy}>
              {t.rangeConvertConfirm}
            </Button>
            <Button appearance="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              {t.cancel}
            </Button>
            {busy ? <Spinner size="tiny" label={t.working} /> : null}
          </div>
        </div>
      ) : (
        <div className={styles.row}>
          <Button onClick={() => setConfirming(true)}>{t.rangeConvertOffer}</Button>
        </div>
      )}
      <Notice notice={notice} />
    </section>
  );
}
