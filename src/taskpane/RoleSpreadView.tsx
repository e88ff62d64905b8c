import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { LevelModel } from '../core/model/types';
import type { CellSpread } from '../core/raters/pane-rating';
import { DEFAULT_ROLE_NAMES } from '../core/raters/roles';
import type { RoleSpread } from '../core/raters/spread';
import { localize } from '../core/text';
import { usePaneLanguage } from './pane-context';
import { RATER_STRINGS } from './rater-text';
import { usePaneStyles } from './styles';

// Self and the others side by side, each on its own line when the pane is narrow.
const useSpreadStyles = makeStyles({
  columns: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  column: { flex: '1 1 10em', minWidth: 0 },
  // Fluent's Text is inline even as a paragraph: each detail of a role on its own line.
  line: { display: 'block', margin: 0 },
  entry: { marginBlockEnd: tokens.spacingVerticalXS },
});

/** A level number with its label ("2 中级"); a mean with two decimals. */
function levelText(model: LevelModel, level: number, locale: 'zh-CN' | 'en-US'): string {
  const named = Number.isInteger(level) ? model.scale.levels[level - 1] : undefined;
  return named ? `${level} ${localize(named.label, locale)}` : level.toFixed(2);
}

function RoleLine({ entry, model }: { entry: RoleSpread; model: LevelModel }) {
  const { locale } = usePaneLanguage();
  const r = RATER_STRINGS[locale];
  const styles = usePaneStyles();
  const spreadStyles = useSpreadStyles();
  const detail = mergeClasses(spreadStyles.line, styles.muted);
  if (entry.status !== 'shown')
    return (
      <li className={spreadStyles.entry}>
        <Text weight="semibold" className={spreadStyles.line}>
          {entry.name}
        </Text>
        <Text size={200} className={detail}>
          {entry.status === 'folded' ? r.spreadFolded : r.spreadOmitted}
        </Text>
      </li>
    );
  const level = (n: number) => levelText(model, n, locale);
  const self = entry.role === 'self';
  return (
    <li className={spreadStyles.entry}>
      <Text weight="semibold" className={spreadStyles.line}>
        {self ? entry.name : `${entry.name} · ${r.spreadCount(entry.count)}`}
      </Text>
      <Text className={spreadStyles.line}>{entry.count === 1 ? level(entry.min) : r.spreadRange(level(entry.min), entry.mean.toFixed(2), level(entry.max))}</Text>
      {entry.count > 1 ? (
        <Text size={200} className={detail}>
          {r.spreadLevels(entry.levels.join(', '))}
        </Text>
      ) : null}
      {entry.raters.length > 0 && !self ? (
        <Text size={200} className={detail}>
          {r.spreadRaters(entry.raters.join(', '))}
        </Text>
      ) : null}
      {entry.includes.length > 0 ? (
        <Text size={200} className={detail}>
          {r.spreadIncludes(entry.includes.map((id) => localize(DEFAULT_ROLE_NAMES[id], locale)).join(locale === 'zh-CN' ? '、' : ', '))}
        </Text>
      ) : null}
    </li>
  );
}

/** One side of the spread: self, or the other roles. */
function RoleColumn({ title, entries, model }: { title: string; entries: RoleSpread[]; model: LevelModel }) {
  const { locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const spreadStyles = useSpreadStyles();
  return (
    <div className={spreadStyles.column}>
      <Text as="h4" weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {entries.length > 0 ? (
        <ul className={styles.list}>
          {entries.map((entry) => (
            <RoleLine key={entry.role} entry={entry} model={model} />
          ))}
        </ul>
      ) : (
        <Text as="p" className={mergeClasses(styles.heading, styles.muted)}>
          {RATER_STRINGS[locale].spreadEmpty}
        </Text>
      )}
    </div>
  );
}

/** The spread per role of the selected cell, self beside the others; core decided what may be shown. */
export function RoleSpreadView({ spread, model, ownLevel }: { spread: CellSpread; model: LevelModel; ownLevel: string }) {
  const { locale } = usePaneLanguage();
  const r = RATER_STRINGS[locale];
  const styles = usePaneStyles();
  const spreadStyles = useSpreadStyles();
  const headingId = useId();
  const self = spread.status === 'spread' ? spread.roles.filter((e) => e.role === 'self') : [];
  const others = spread.status === 'spread' ? spread.roles.filter((e) => e.role !== 'self') : [];
  return (
    <section aria-labelledby={headingId} className={styles.card} data-testid="role-spread">
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {r.spreadHeading}
      </Text>
      <Text as="p" size={200} className={mergeClasses(styles.heading, styles.muted)}>
        {r.spreadIntro}
      </Text>
      <Text as="p" className={styles.heading}>
        {ownLevel ? r.yourRating(ownLevel) : r.yourRatingNone}
      </Text>
      {spread.status === 'problem' ? (
        <Text as="p" role="alert" className={styles.heading}>
          {r.spreadProblem(spread.reason)}
        </Text>
      ) : spread.roles.length === 0 ? (
        <Text as="p" className={mergeClasses(styles.heading, styles.muted)}>
          {r.spreadEmpty}
        </Text>
      ) : (
        <div className={spreadStyles.columns}>
          <RoleColumn title={r.spreadSelf} entries={self} model={model} />
          <RoleColumn title={r.spreadOthers} entries={others} model={model} />
        </div>
      )}
    </section>
  );
}
