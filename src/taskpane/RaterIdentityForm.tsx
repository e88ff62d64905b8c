import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { ROLE_IDS, DEFAULT_ROLE_NAMES, type RoleId } from '../core/raters/roles';
import type { RaterIdentity } from '../core/raters/pane-rating';
import { localize } from '../core/text';
import { usePaneLanguage } from './pane-context';
import { RATER_STRINGS } from './rater-text';
import { usePaneStyles } from './styles';

interface RaterIdentityFormProps {
  initial: RaterIdentity | null;
  onSave(identity: RaterIdentity): Promise<void>;
  onCancel?: () => void;
}

/** Asked once per user and workbook: the rater's key, name and role. */
export function RaterIdentityForm({ initial, onSave, onCancel }: RaterIdentityFormProps) {
  const { locale } = usePaneLanguage();
  const r = RATER_STRINGS[locale];
  const styles = usePaneStyles();
  const headingId = useId();
  const [raterKey, setRaterKey] = useState(initial?.raterKey ?? '');
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState<RoleId | ''>(initial?.role ?? '');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save() {
    if (raterKey.trim() === '' || role === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await onSave({ raterKey: raterKey.trim(), name: name.trim(), role });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {r.identityHeading}
      </Text>
      <Text as="p" className={styles.heading}>
        {r.identityIntro}
      </Text>
      <Field label={r.raterKeyLabel} hint={r.raterKeyHint} required validationState={missing && raterKey.trim() === '' ? 'error' : 'none'} validationMessage={missing && raterKey.trim() === '' ? r.identityMissing : undefined}>
        <Input value={raterKey} onChange={(_, data) => setRaterKey(data.value)} autoComplete="off" />
      </Field>
      <Field label={r.raterNameLabel}>
        <Input value={name} onChange={(_, data) => setName(data.value)} autoComplete="name" />
      </Field>
      <Field label={r.roleLabel} required validationState={missing && role === '' ? 'error' : 'none'} validationMessage={missing && role === '' ? r.identityMissing : undefined}>
        <Select value={role} onChange={(_, data) => setRole(data.value as RoleId | '')}>
          <option value="">{r.rolePlaceholder}</option>
          {ROLE_IDS.map((id) => (
            <option key={id} value={id}>
              {localize(DEFAULT_ROLE_NAMES[id], locale)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>
          {r.identitySave}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{r.cancel}</Button> : null}
      </div>
    </section>
  );
}
