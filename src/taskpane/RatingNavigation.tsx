import { Button, Text } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowLeftRegular, ArrowRightRegular, ArrowUpRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { RatingCellContext } from '../host/workbook-operations';
import type { Strings } from './i18n';
import { lazyModule } from './lazy-part';
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

/**
 * The tooltips (Fluent's positioning code, a hidden portal per button) are a chunk of their own,
 * loaded once the buttons are first shown, so neither that code nor the tooltips' mounting holds
 * back the first view: the buttons show bare for the moment it takes (then remount once, with them).
 */
const tooltips = lazyModule(() => import(/* webpackChunkName: "move-tooltips" */ './MoveTooltip'));
const MoveTooltip = tooltips.part(
  (module) => module.MoveTooltip,
  ({ children }) => children,
);

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
              <MoveTooltip key={move} content={`${text} (${keys})`}>
                <Button
                  icon={icon}
                  appearance="subtle"
                  aria-label={text}
                  aria-keyshortcuts={MOVE_KEYS[move]}
                  disabledFocusable={moveTarget(context, move) === null}
                  onClick={() => onMove(move)}
                />
              </MoveTooltip>
            );
          })}
        </div>
      ))}
    </div>
  );
}
