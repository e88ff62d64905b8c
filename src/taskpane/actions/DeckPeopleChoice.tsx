import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Locale } from '../../core/model/types';
import { choosePeople, rolesInSnapshot, type PeopleChoice } from '../../core/rating/people-choice';
import type { AssessmentSnapshot } from '../../host/assessment-operations';
import { normalizeName } from '../../core/text';
import { deckSlideCount, type DeckPerson } from '../../export/deck';
import { usePaneLanguage } from '../pane-context';
import { usePaneStyles } from '../styles';

type Kind = PeopleChoice['kind'];

/** Before a deck is made: whom it covers (everyone, one role, chosen people) and how many slides that makes. */
export function DeckPeopleChoice({
  snapshot,
  hasSpread,
  locale,
  busy,
  onExport,
  onCancel,
}: {
  snapshot: AssessmentSnapshot;
  /** Whom of the snapshot's people the deck gives a spread slide too. */
  hasSpread?: (person: DeckPerson) => boolean;
  locale: Locale;
  busy: boolean;
  onExport: (choice: PeopleChoice) => void;
  onCancel: () => void;
}) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const roles = useMemo(() => rolesInSnapshot(snapshot), [snapshot]);
  const [kind, setKind] = useState<Kind>('all');
  const [role, setRole] = useState(roles[0]?.role ?? '');
  const [chosen, setChosen] = useState<string[]>([]);
  const [filter, setFilter] = useState('');

  const choice: PeopleChoice = kind === 'all' ? { kind } : kind === 'role' ? { kind, role } : { kind, names: chosen };
  const narrowed = choosePeople(snapshot, choice);
  const slides = narrowed.ok ? deckSlideCount(narrowed.snapshot, locale, hasSpread) : 0;
  const names = [...new Set(snapshot.people.map((p) => p.name).filter((n) => n.trim() !== ''))];
  const shown = names.filter((n) => normalizeName(n).includes(normalizeName(filter)));
  const toggle = (name: string, on: boolean) => setChosen((list) => (on ? [...list, name] : list.filter((n) => n !== name)));

  return (
    <div className={styles.stack}>
      <RadioGroup aria-label={t.deckPeopleLabel} value={kind} onChange={(_, data) => setKind(data.value as Kind)}>
        <Radio value="all" label={t.deckPeopleAll(snapshot.people.length)} />
        <Radio value="role" label={t.deckPeopleRole} />
        <Radio value="selection" label={t.deckPeopleSelection} />
      </RadioGroup>
      {kind === 'role' ? (
        <Field label={t.deckRoleLabel}>
          <Select value={role} onChange={(_, data) => setRole(data.value)}>
            {roles.map((r) => (
              <option key={r.role} value={r.role}>
                {t.deckRoleOption(r.role || t.deckNoRole, r.count)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {kind === 'selection' ? (
        <div className={styles.stack}>
          <Field label={t.deckFilterLabel}>
            <Input value={filter} onChange={(_, data) => setFilter(data.value)} />
          </Field>
          <div className={styles.stack} role="group" aria-label={t.deckPeopleSelection}>
            {shown.map((name) => (
              <Checkbox key={name} label={name} checked={chosen.includes(name)} onChange={(_, data) => toggle(name, data.checked === true)} />
            ))}
          </div>
        </div>
      ) : null}
      <Text>{narrowed.ok ? t.deckSlideCount(narrowed.snapshot.people.length, slides) : t.deckNobodyChosen}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !narrowed.ok} onClick={() => onExport(choice)}>
          {t.deckExportChosen}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {t.deckCancel}
        </Button>
      </div>
    </div>
  );
}
