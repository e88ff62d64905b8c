import { Text, mergeClasses } from '@fluentui/react-components';
import { useId } from 'react';
import type { Strings } from './i18n';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

const SHORTCUTS: { keys: string; text: keyof Strings }[] = [
  { keys: 'Alt+→', text: 'shortcutNextCompetency' },
  { keys: 'Alt+←', text: 'shortcutPreviousCompetency' },
  { keys: 'Alt+↓', text: 'shortcutNextPerson' },
  { keys: 'Alt+↑', text: 'shortcutPreviousPerson' },
];

/** The pane's keyboard shortcuts, and where they do not apply. */
export function ShortcutHelp() {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {t.helpHeading}
      </Text>
      <ul className={styles.list}>
        {SHORTCUTS.map(({ keys, text }) => (
          <li key={keys}>
            <kbd>{keys}</kbd> {t[text] as string}
          </li>
        ))}
      </ul>
      <Text as="p" size={200} className={mergeClasses(styles.heading, styles.muted)}>
        {t.shortcutsWhere}
      </Text>
    </section>
  );
}
