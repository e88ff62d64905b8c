import { Button, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { LevelModel } from '../core/model/types';
import { cellSpread, roundInUse, type RaterIdentity, type RatingsTableRead } from '../core/raters/pane-rating';
import { DEFAULT_ROLE_NAMES } from '../core/raters/roles';
import { localize } from '../core/text';
import type { RaterOperations } from '../host/rater-operations';
import type { ApplyRatingRequest, ApplyRatingResult, RatingCellContext } from '../host/workbook-operations';
import { errorMessage, usePaneLanguage } from './pane-context';
import { RaterIdentityForm } from './RaterIdentityForm';
import { RATER_STRINGS } from './rater-text';
import { RoleSpreadView } from './RoleSpreadView';
import { usePaneStyles } from './styles';

/** How the rating form writes when the rater rates as one of several: a row of the Ratings table. */
export interface RaterWriting {
  apply(request: ApplyRatingRequest): Promise<ApplyRatingResult>;
  assessor: string;
}

interface RaterRatingProps {
  raterOps: RaterOperations;
  model: LevelModel;
  context: RatingCellContext;
  /** The rating form: given how to write as a rater, or null to write the cell as without several raters. */
  children(writing: RaterWriting | null): ReactNode;
}

type Loaded<T> = { value: T } | { error: string } | null;

/**
 * In a workbook with a Ratings table: the rater's identity (asked once), the selected cell's
 * spread per role, and the rating form writing rows of that table. Without one: the form as it is.
 */
export function RaterRating({ raterOps, model, context, children }: RaterRatingProps) {
  const { locale } = usePaneLanguage();
  const r = RATER_STRINGS[locale];
  const styles = usePaneStyles();
  const [identity, setIdentity] = useState<Loaded<RaterIdentity | null>>(null);
  const [ratings, setRatings] = useState<Loaded<RatingsTableRead | null>>(null);
  const [changing, setChanging] = useState(false);
  // Rating as one of several raters is the user's choice until the round has begun.
  const [joining, setJoining] = useState(false);
  const [declined, setDeclined] = useState(false);
  const readable = useCallback(
    (error: unknown) => {
      const said = errorMessage(error);
      return typeof said === 'string' ? said : said.in(locale);
    },
    [locale],
  );

  useEffect(() => {
    let live = true;
    raterOps.loadIdentity().then(
      (value) => live && setIdentity({ value }),
      (error: unknown) => live && setIdentity({ error: readable(error) }),
    );
    return () => {
      live = false;
    };
  }, [raterOps, readable]);

  // Read again on every selection; an unchanged table keeps its state, so the form is not rendered twice per move.
  const read = useCallback(
    () =>
      raterOps.readRatings().then(
        (value) => setRatings((previous) => (previous && 'value' in previous && sameRatings(previous.value, value) ? previous : { value })),
        (error: unknown) => setRatings({ error: readable(error) }),
      ),
    [raterOps, readable],
  );
  useEffect(() => {
    void read();
  }, [read, context]);

  const own = identity && 'value' in identity ? identity.value : null;
  const apply = useCallback(
    async (request: ApplyRatingRequest): Promise<ApplyRatingResult> => {
      if (!own) return { status: 'refused', reason: r.identityMissing };
      const table = ratings && 'value' in ratings ? ratings.value : null;
      const seen = table ? cellSpread(table, context.personKey, context.header, own.raterKey, model, request.locale) : null;
      const result = await raterOps.rateInRatings(
        {
          personKey: context.personKey,
          person: context.person,
          competency: context.header,
          rater: own,
          level: request.level,
          evidence: request.evidence,
          comment: request.comment,
          expected: request.confirmOverwrite ? request.expected : seen?.status === 'spread' ? seen.own : '',
          confirmReplace: request.confirmOverwrite,
          model: request.model,
          locale: request.locale,
        },
        model,
      );
      if (result.status === 'written') await read();
      return result;
    },
    [own, ratings, context, model, raterOps, read, r],
  );

  if (ratings === null || identity === null) return <Spinner size="tiny" label={r.spreadHeading} />;
  if ('error' in ratings)
    return (
      <>
        <Text role="alert">{r.ratingsUnreadable(ratings.error)}</Text>
        {children(null)}
      </>
    );
  if (ratings.value === null) return <>{children(null)}</>;
  const known = !('error' in identity) && identity.value !== null;
  // Asked when changing or joining, or unasked once the round has begun (unless declined for now).
  if (changing || joining || (!known && roundInUse(ratings.value) && !declined))
    return (
      <>
        <RaterIdentityForm
          initial={own}
          onCancel={changing ? () => setChanging(false) : joining ? () => setJoining(false) : undefined}
          onSave={async (value) => {
            await raterOps.saveIdentity(value);
            setIdentity({ value });
            setChanging(false);
            setJoining(false);
          }}
        />
        {!changing && !joining ? (
          <Button appearance="subtle" size="small" onClick={() => setDeclined(true)}>
            {r.singleAssessor}
          </Button>
        ) : null}
      </>
    );
  if ('error' in identity || identity.value === null)
    return (
      <>
        <Button appearance="subtle" size="small" onClick={() => setJoining(true)}>
          {r.joinRound}
        </Button>
        {children(null)}
      </>
    );
  const spread = cellSpread(ratings.value, context.personKey, context.header, identity.value.raterKey, model, locale);
  const me = identity.value;
  return (
    <>
      <div className={styles.row}>
        <Text>{r.ratingAs(me.name || me.raterKey, localize(DEFAULT_ROLE_NAMES[me.role], locale))}</Text>
        <Button size="small" appearance="subtle" onClick={() => setChanging(true)}>
          {r.identityChange}
        </Button>
      </div>
      <RoleSpreadView spread={spread} model={model} ownLevel={spread.status === 'spread' ? spread.own : ''} />
      {children({ apply, assessor: me.name || me.raterKey })}
    </>
  );
}

/** The same Ratings read, cell for cell (a table of 30,000 rows compares in well under a render). */
function sameRatings(a: RatingsTableRead | null, b: RatingsTableRead | null): boolean {
  if (a === null || b === null) return a === b;
  const sameList = (x: readonly unknown[] | null, y: readonly unknown[] | null) => (x === null || y === null ? x === y : x.length === y.length && x.every((v, i) => v === y[i]));
  return (
    a.sheet === b.sheet &&
    a.headerRow === b.headerRow &&
    a.firstColumn === b.firstColumn &&
    sameList(a.headers, b.headers) &&
    sameList(a.weights, b.weights) &&
    sameList(a.minimums, b.minimums) &&
    a.rows.length === b.rows.length &&
    a.rows.every((row, i) => sameList(row, b.rows[i]))
  );
}
