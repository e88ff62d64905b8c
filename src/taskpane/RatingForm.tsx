import { Button, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ColumnMapping } from '../core/rating/assessment';
import { evidenceText, supportedLevel, ticksFromEvidence } from '../core/rating/evidence';
import { localize } from '../core/text';
import type { Competency, LevelModel } from '../core/model/types';
import type { ApplyRatingRequest, ApplyRatingResult, RatingCellContext, WorkbookOperations } from '../host/workbook-operations';
import type { ExamScoreInput } from './ApplyForm';
import { ApplyForm } from './deferred-parts';
import { examScoreBounds, examScoreEntry, isExamCompetency } from '../core/scoring/exam';
import { ConfirmDialog } from './ConfirmDialog';
import { LevelChecklist } from './LevelChecklist';
import { Notice, type NoticeMessage } from './Notice';
import { errorMessage, usePaneLanguage } from './pane-context';
import { cellName, levelLabel, ratingKey, tableLocale } from './rating-text';
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

/** The form's state for one cell as it opens: the stored evidence ticked, the stored comment, an exam's stored score. */
function openedState(model: LevelModel, competency: Competency, context: RatingCellContext) {
  const ticks = ticksFromEvidence(model, competency, context.evidence?.behaviours ?? '');
  const current = context.current.trim();
  return {
    ticks,
    restored: ticks.size > 0,
    // Re-rating keeps the stored comment: it starts in the field, and only emptying the field clears it.
    comment: context.evidence?.comment ?? '',
    typedScore: isExamCompetency(competency) && current !== '' && Number.isFinite(Number(current)) ? current : '',
  };
}

function sameTicks(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/**
 * Rating one cell: tick the behaviours, see the level they support, accept or override it, write.
 * A rating already in the cell is only replaced after the assessor said yes in the dialog.
 * Moving to another cell starts afresh: the form stays mounted along a competency's column (a
 * remount per arrow key is too slow), so its state is reset as the cell changes, in the same render.
 */
export function RatingForm({ ops, model, competency, context, mappings, assessor, onAssessor, onWritten, applyRating }: RatingFormProps) {
  const { t, locale } = usePaneLanguage();
  const [opened] = useState(() => openedState(model, competency, context));
  const [ticks, setTicks] = useState<ReadonlySet<string>>(opened.ticks);
  const [restored, setRestored] = useState(opened.restored);
  const [override, setOverride] = useState<string | null>(null);
  const [comment, setComment] = useState(opened.comment);
  const [typedScore, setTypedScore] = useState(opened.typedScore);
  const [assessorMissing, setAssessorMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingOverwrite | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  // The cell the state belongs to; a new object per visit, so a write still running for a cell left behind reports nothing here.
  const [visit, setVisit] = useState(() => ({ cell: ratingKey(model, context) }));
  const cellKey = ratingKey(model, context);
  if (visit.cell !== cellKey) {
    const fresh = openedState(model, competency, context);
    setVisit({ cell: cellKey });
    // The same set when the ticks are the same (mostly none), so the checklist need not be drawn again.
    setTicks((previous) => (sameTicks(previous, fresh.ticks) ? previous : fresh.ticks));
    setRestored(fresh.restored);
    setOverride(null);
    setComment(fresh.comment);
    setTypedScore(fresh.typedScore);
    setAssessorMissing(false);
    setBusy(false);
    setPending(null);
    setNotice(null);
  }
  const currentVisit = useRef(visit);
  useLayoutEffect(() => {
    currentVisit.current = visit;
  }, [visit]);
  const assessorRef = useRef<HTMLInputElement>(null);
  const styles = usePaneStyles();

  const result = useMemo(() => supportedLevel(competency, ticks), [competency, ticks]);
  // An exam-scored competency takes its score; the level follows from the score's band.
  const exam = isExamCompetency(competency);
  const scoreEntry = exam ? examScoreEntry(model.scale, typedScore) : null;
  const scored = scoreEntry && 'score' in scoreEntry ? scoreEntry : null;
  const levelToWrite = exam ? (scored?.levelId ?? null) : (override ?? result.levelId);
  const levels = model.scale.levels.map((level) => ({ id: level.id, label: localize(level.label, locale) }));
  const cell = cellName(context);

  const toggle = useCallback((indicator: string, checked: boolean) => {
    setTicks((previous) => {
      const next = new Set(previous);
      if (checked) next.add(indicator);
      else next.delete(indicator);
      return next;
    });
  }, []);

  async function send(request: ApplyRatingRequest) {
    const sentFrom = visit;
    const here = () => currentVisit.current === sentFrom;
    setBusy(true);
    setNotice(null);
    try {
      const outcome = applyRating ? await applyRating(request) : await ops.applyRating(request, model, mappings);
      if (outcome.status === 'written') {
        if (here()) setNotice({ intent: 'success', text: t.written(writtenText(request), request.person, localize(competency.name, locale)) });
        await onWritten(request.assessor);
      } else if (!here()) {
        // The assessor has moved on: what this cell's write says no longer belongs on the form.
      } else if (outcome.status === 'needs-confirmation') {
        setPending({ current: outcome.current, seen: request.expected, request });
      } else if (outcome.status === 'refused') {
        setNotice({ intent: 'error', text: t.refused(outcome.reason) });
      } else {
        setNotice({ intent: 'error', text: t.failed(outcome.reason) });
      }
    } catch (error) {
      if (here()) setNotice({ intent: 'error', text: t.failed(errorMessage(error)) });
    } finally {
      if (here()) setBusy(false);
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
      ...(scored ? { score: scored.score } : {}),
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

  /** What the cell gets, as the assessor reads it: the level, or an exam's score with its level. */
  function writtenText(request: Pick<ApplyRatingRequest, 'level' | 'score'>): string {
    return request.score === undefined ? request.level : t.examScoreWritten(request.score, request.level);
  }
  const label = levelToWrite ? levelLabel(model, levelToWrite, locale) : null;
  const shownLevel = label && scored ? t.examScoreWritten(scored.score, label) : label;
  const bands = examScoreBounds(model.scale)
    .map((b) => t.examScoreBand(localize(b.label, locale), b.min))
    .join(locale === 'zh-CN' ? '，' : ', ');
  const score: ExamScoreInput | undefined = exam
    ? {
        typed: typedScore,
        onTyped: setTypedScore,
        problem: scoreEntry && 'problem' in scoreEntry && scoreEntry.problem !== 'empty' ? t.examScoreProblem(scoreEntry.problem) : null,
        hint: label ? t.examScoreGives(label, bands) : t.examScoreBands(bands),
      }
    : undefined;
  return (
    <>
      {restored ? (
        <Text as="p" className={styles.heading}>
          {t.ticksRestored}
        </Text>
      ) : null}
      {exam ? null : <LevelChecklist model={model} competency={competency} ticks={ticks} onToggle={toggle} checks={result.checks} supportedLevelId={result.levelId} />}
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
        score={score}
      />
      <SupportedLevelNote model={model} result={result} tickCount={ticks.size} scored={score ? { heading: t.examLevelHeading, text: score.hint } : undefined}>
        <Notice notice={notice} />
        <div className={styles.row}>
          <Button appearance="primary" disabled={!shownLevel || busy} onClick={apply}>
            {/* A rater's rating goes to the Ratings table, not to the cell. */}
            {shownLevel ? (applyRating ? t.applyAsRater(shownLevel) : t.applyButton(shownLevel, cell)) : t.applyNoLevel}
          </Button>
          {busy ? <Spinner size="tiny" label={t.working} /> : null}
        </div>
      </SupportedLevelNote>
      <ConfirmDialog
        open={pending !== null}
        title={
          pending
            ? pending.current === (pending.request.score === undefined ? pending.request.level : String(pending.request.score))
              ? t.confirmSameTitle(pending.current)
              : t.confirmTitle(pending.current || t.blank, writtenText(pending.request))
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
