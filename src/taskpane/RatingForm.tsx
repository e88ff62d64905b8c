import { Button, Spinner, Text } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { ColumnMapping } from '../core/rating/assessment';
import { evidenceText, supportedLevel, ticksFromEvidence } from '../core/rating/evidence';
import { localize } from '../core/text';
import type { Competency, LevelModel } from '../core/model/types';
import type { ApplyRatingRequest, ApplyRatingResult, RatingCellContext, WorkbookOperations } from '../host/workbook-operations';
import { ApplyForm } from './ApplyForm';
import { ConfirmDialog } from './ConfirmDialog';
import { LevelChecklist } from './LevelChecklist';
import { Notice, type NoticeMessage } from './Notice';
import { errorMessage, usePaneLanguage } from './pane-context';
import { cellName, levelLabel, tableLocale } from './rating-text';
import { usePaneStyles } from './styles';
import { SupportedLevelNote } from './SupportedLevelNote';

export interface RatingFormProps {
  ops: WorkbookOperations;
  model: LevelModel;
  competency: Competency;
  context: RatingCellContext;
  mappings: Record<string, ColumnMapping>;
  assessor: string;
  onAssessor(assessor: string): void;
  /** After a write: read the selection again and remember the assessor. */
  onWritten(assessor: string): Promise<void>;
  /** Writes the rating elsewhere than the cell (a row of the Ratings table, for one of several raters). */
  applyRating?: (request: ApplyRatingRequest) => Promise<ApplyRatingResult>;
}

/** What the confirmation dialog asks about: the value in the cell now and the one the assessor saw. */
interface PendingOverwrite {
  current: string;
  seen: string;
  request: ApplyRatingRequest;
}

/**
 * Rating one cell: tick the behaviours, see the level they support, accept or override it, write.
 * A rating already in the cell is only replaced after the assessor said yes in the dialog.
 * Mounted per cell (keyed by PaneApp), so moving on starts afresh.
 */
export function RatingForm({ ops, model, competency, context, mappings, assessor, onAssessor, onWritten, applyRating }: RatingFormProps) {
  const { t, locale } = usePaneLanguage();
  const [ticks, setTicks] = useState<ReadonlySet<string>>(() => ticksFromEvidence(model, competency, context.evidence?.behaviours ?? ''));
  const [restored] = useState(() => ticks.size > 0);
  const [override, setOverride] = useState<string | null>(null);
  // Re-rating keeps the stored comment: it starts in the field, and only emptying the field clears it.
  const [comment, setComment] = useState(() => context.evidence?.comment ?? '');
  const [assessorMissing, setAssessorMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingOverwrite | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const assessorRef = useRef<HTMLInputElement>(null);
  const styles = usePaneStyles();

  const result = useMemo(() => supportedLevel(competency, ticks), [competency, ticks]);
  const levelToWrite = override ?? result.levelId;
  const levels = model.scale.levels.map((level) => ({ id: level.id, label: localize(level.label, locale) }));
  const cell = cellName(context);

  function toggle(indicator: string, checked: boolean) {
    setTicks((previous) => {
      const next = new Set(previous);
      if (checked) next.add(indicator);
      else next.delete(indicator);
      return next;
    });
  }

  async function send(request: ApplyRatingRequest) {
    setBusy(true);
    setNotice(null);
    try {
      const outcome = applyRating ? await applyRating(request) : await ops.applyRating(request, model, mappings);
      if (outcome.status === 'needs-confirmation') {
        setPending({ current: outcome.current, seen: request.expected, request });
      } else if (outcome.status === 'refused') {
        setNotice({ intent: 'error', text: t.refused(outcome.reason) });
      } else if (outcome.status === 'failed') {
        setNotice({ intent: 'error', text: t.failed(outcome.reason) });
      } else {
        setNotice({ intent: 'success', text: t.written(request.level, request.person, localize(competency.name, locale)) });
        await onWritten(request.assessor);
      }
    } catch (error) {
      setNotice({ intent: 'error', text: t.failed(errorMessage(error)) });
    } finally {
      setBusy(false);
    }
  }

  function apply() {
    if (!levelToWrite) return;
    if (!assessor.trim()) {
      setAssessorMissing(true);
      assessorRef.current?.focus();
      return;
    }
    setAssessorMissing(false);
    const language = tableLocale(competency, context.header, locale);
    void send({
      table: context.table,
      rowIndex: context.rowIndex,
      columnIndex: context.columnIndex,
      expected: context.current,
      level: levelLabel(model, levelToWrite, language),
      confirmOverwrite: false,
      assessor: assessor.trim(),
      person: context.person,
      competency: localize(competency.name, language),
      evidence: evidenceText(model, competency, ticks, language),
      comment: comment.trim(),
      model: `${model.id}@${model.version}`,
      locale: language,
    });
  }

  function confirm() {
    if (!pending) return;
    setPending(null);
    // The assessor agreed to replace what the cell holds now, which may differ from what was first read.
    void send({ ...pending.request, expected: pending.current, confirmOverwrite: true });
  }

  const shownLevel = levelToWrite ? levelLabel(model, levelToWrite, locale) : null;
  return (
    <>
      {restored ? (
        <Text as="p" className={styles.heading}>
          {t.ticksRestored}
        </Text>
      ) : null}
      <LevelChecklist model={model} competency={competency} ticks={ticks} onToggle={toggle} checks={result.checks} supportedLevelId={result.levelId} />
      <ApplyForm
        levels={levels}
        supported={result.levelId ? levelLabel(model, result.levelId, locale) : null}
        override={override}
        onOverride={setOverride}
        comment={comment}
        onComment={setComment}
        assessor={assessor}
        onAssessor={(value) => {
          onAssessor(value);
          if (value.trim()) setAssessorMissing(false);
        }}
        assessorMissing={assessorMissing}
        assessorRef={assessorRef}
      />
      <SupportedLevelNote model={model} result={result} tickCount={ticks.size}>
        <Notice notice={notice} />
        <div className={styles.row}>
          <Button appearance="primary" disabled={!shownLevel || busy} onClick={apply}>
            {shownLevel ? t.applyButton(shownLevel, cell) : t.applyNoLevel}
          </Button>
          {busy ? <Spinner size="tiny" label={t.working} /> : null}
        </div>
      </SupportedLevelNote>
      <ConfirmDialog
        open={pending !== null}
        title={
          pending
            ? pending.current === pending.request.level
              ? t.confirmSameTitle(pending.current)
              : t.confirmTitle(pending.current || t.blank, pending.request.level)
            : ''
        }
        confirmLabel={t.confirmReplace}
        onConfirm={confirm}
        onCancel={() => {
          setPending(null);
          setNotice({ intent: 'info', text: t.notWritten });
        }}
      >
        {pending ? (
          <>
            <Text as="p">{t.confirmBody(context.person, localize(competency.name, locale), cell)}</Text>
            {pending.current !== pending.seen ? <Text as="p">{t.confirmChanged(pending.seen || t.blank, pending.current || t.blank)}</Text> : null}
          </>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
