import { Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useId, type RefObject } from 'react';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

export interface ApplyFormProps {
  levels: { id: string; label: string }[];
  /** The supported level's label, null when none. */
  supported: string | null;
  /** The level the assessor picked instead of the supported one, or null to follow the evidence. */
  override: string | null;
  onOverride(levelId: string | null): void;
  comment: string;
  onComment(comment: string): void;
  assessor: string;
  onAssessor(assessor: string): void;
  assessorMissing: boolean;
  assessorRef: RefObject<HTMLInputElement | null>;
  /** An exam-scored competency: the score typed instead of a level picked (the level follows from it). */
  score?: ExamScoreInput;
}

export interface ExamScoreInput {
  typed: string;
  onTyped(typed: string): void;
  /** What is wrong with the typed score, or null. */
  problem: string | null;
  /** "Gives 高级 (…)" for a valid score, else the bands. */
  hint: string;
}

/** The level to write (the supported one, or an override), a comment and the assessor. */
export function ApplyForm(props: ApplyFormProps) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  const overrideLabel = props.override ? props.levels.find((l) => l.id === props.override)?.label : undefined;
  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {t.applyHeading}
      </Text>
      {props.score ? (
        <Field
          className={styles.shrinkable}
          label={t.examScoreLabel}
          required
          validationState={props.score.problem ? 'error' : 'none'}
          validationMessage={props.score.problem ?? undefined}
          hint={props.score.problem ? undefined : props.score.hint}
        >
          <Input
            className={styles.shrinkable}
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step="any"
            value={props.score.typed}
            onChange={(_, data) => props.score?.onTyped(data.value)}
          />
        </Field>
      ) : (
        <Field className={styles.shrinkable} label={t.levelToWrite}>
          <Select className={styles.shrinkable} value={props.override ?? ''} onChange={(_, data) => props.onOverride(data.value || null)}>
            <option value="">{props.supported ? t.levelToWriteSupported(props.supported) : t.levelToWriteNone}</option>
            {props.levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {!props.score && overrideLabel ? (
        <Text as="p" role="status" className={styles.heading}>
          {t.overrideNote(overrideLabel, props.supported ?? t.none)}
        </Text>
      ) : null}
      <Field label={t.commentLabel}>
        <Textarea value={props.comment} onChange={(_, data) => props.onComment(data.value)} resize="vertical" />
      </Field>
      <Field
        label={t.assessorLabel}
        required
        validationState={props.assessorMissing ? 'error' : 'none'}
        validationMessage={props.assessorMissing ? t.assessorRequired : undefined}
      >
        <Input ref={props.assessorRef} value={props.assessor} onChange={(_, data) => props.onAssessor(data.value)} autoComplete="name" />
      </Field>
    </section>
  );
}
