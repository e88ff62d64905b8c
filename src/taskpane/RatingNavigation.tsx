import { Button, Text, Tooltip } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowLeftRegular, ArrowRightRegular, ArrowUpRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { RatingCellContext } from '../host/workbook-operations';
import type { Strings } from './i18n';
import { MOVE_KEYS, moveTarget, type Move } from './navigation';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

interface MoveButton {
  move: Move;
  label: keyof Strings;
  icon: ReactElement;
  keys: string;
}

const GROUPS: { label: keyof Strings; buttons: MoveButton[] }[] = [
  {
    label: 'navCompetency',
    buttons: [
      { move: 'previous-competency', label: 'previousCompetency', icon: <ArrowLeftRegular />, keys: 'Alt+←' },
      { move: 'next-competency', label: 'nextCompetency', icon: <ArrowRightRegular />, keys: 'Alt+→' },
    ],
  },
  {
    label: 'navPerson',
    buttons: [
      { move: 'previous-person', label: 'previousPerson', icon: <ArrowUpRegular />, keys: 'Alt+↑' },
      { move: 'next-person', label: 'nextPerson', icon: <ArrowDownRegular />, keys: 'Alt+↓' },
    ],
  },
];

/** Previous/next competency (along the row) and person (down the column), with their shortcuts. */
export function RatingNavigation({ context, onMove }: { context: RatingCellContext; onMove(move: Move): void }) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  return (
    <div role="group" aria-label={t.navigationLabel} className={styles.row}>
      {GROUPS.map((group) => (
        <div key={group.label} className={styles.row}>
          <Text size={200} className={styles.muted} aria-hidden>
            {t[group.label] as string}
          </Text>
          {group.buttons.map(({ move, label, icon, keys }) => {
            const text = t[label] as string;
            return (
              <Tooltip key={move} content={`${text} (${keys})`} relationship="description" withArrow>
                <Button
                  icon={icon}
                  appearance="subtle"
                  aria-label={text}
                  aria-keyshortcuts={MOVE_KEYS[move]}
                  disabledFocusable={moveTarget(context, move) === null}
                  onClick={() => onMove(move)}
                />
              </Tooltip>
            );
          })}
        </div>
      ))}
    </div>
  );
}
