import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clipPieces, entriesOf } from './message';
import { argument, cellMessages, functionMessages, place, unreadableValue } from '../functions/messages';
import { descriptorMessages, pointsMessages, scaleMessages, weightedMessages } from './scoring/messages';
import { catalogueMessages, modelIssueMessages, modelValueKinds } from './model/messages';
import { sheetMessages, sheetThings } from './model-sheet/messages';
import { raterMessages, raterPlaces } from './raters/messages';
import { ratingMessages, ratingPlaces } from './rating/messages';
import { modelUpdateLines } from './plan/messages';
import { hostMessages, hostPlaces } from '../host/messages';

/** Every catalogue of messages the user reads, by the name a failure should print. */
const CATALOGUES: Record<string, object> = {
  argument,
  place,
  unreadableValue,
  cellMessages,
  functionMessages,
  scaleMessages,
  weightedMessages,
  pointsMessages,
  descriptorMessages,
  catalogueMessages,
  modelIssueMessages,
  modelValueKinds,
  sheetMessages,
  sheetThings,
  raterMessages,
  raterPlaces,
  ratingMessages,
  ratingPlaces,
  modelUpdateLines,
  hostMessages,
  hostPlaces,
  clipPieces,
};

/** Keys whose Chinese template adds no Chinese of its own: a parameter name typed as it is, a place that is only the argument's name. */
const SAME_IN_BOTH = new Set(['raterPlaces.trim', 'place.whole', 'modelUpdateLines.extra', 'hostPlaces.tableOnSheet']);

/** Keys that end with a sentence of their own given as the last parameter (the reason, as another message or the host's error says it). */
const ENDS_WITH_SENTENCE = new Set(['raterMessages.ratingNotOnScale', 'hostMessages.cannotSelectTableCell', 'hostMessages.cannotSelectSheetCell']);

const CJK = /[\u3400-\u9fff]/u;

describe('the message catalogues', () => {
  const keys = Object.entries(CATALOGUES).flatMap(([name, catalogue]) => Object.entries(entriesOf(catalogue)).map(([key, entry]) => [`${name}.${key}`, entry] as const));
  /** Plain ASCII arguments: any Chinese in a result comes from the Chinese template itself. */
  const render = (entry: (...args: never[]) => string) => entry(...Array.from({ length: entry.length }, () => '2' as never));

  it.each(keys)('%s reads in English and in Chinese', (key, entry) => {
    const en = render(entry.en);
    const zh = render(entry.zh);
    expect(en.trim()).not.toBe('');
    expect(zh.trim()).not.toBe('');
    // Chinese in an English message only as a quoted example of what to type.
    expect(en.replace(/"[^"]*"/g, '')).not.toMatch(CJK);
    if (!SAME_IN_BOTH.has(key)) expect(zh).toMatch(CJK);
  });

  it('writes messages as sentences: a capital letter (or a quoted value) first and a full stop last', () => {
    const notSentences = keys
      .filter(([name]) => /Messages\./.test(name) && !ENDS_WITH_SENTENCE.has(name))
      .filter(([, entry]) => {
        const en = render(entry.en);
        return !(/^["A-Z0-9…]/.test(en) && /[.!?]$/.test(en));
      })
      .map(([key]) => key);
    expect(notSentences).toEqual([]);
  });
});

/**
 * The modules whose messages come from the catalogues: a message written there as a raw English
 * literal (to an error, an issue or a refusal) fails here, so it cannot slip back in.
 */
const CONVERTED = [
  'src/functions/cells.ts',
  'src/functions/impl.ts',
  'src/functions/raters-impl.ts',
  'src/functions/functions.ts',
  'src/core/scoring/scale.ts',
  'src/core/scoring/weighted.ts',
  'src/core/scoring/points.ts',
  'src/core/scoring/descriptor.ts',
  'src/core/model/catalogue.ts',
  'src/core/raters/combine.ts',
  'src/core/raters/agreement.ts',
  'src/core/raters/round.ts',
  'src/core/raters/ratings-table.ts',
  'src/functions/raters-table-impl.ts',
  'src/core/rating/judge.ts',
  'src/core/rating/person-key.ts',
  'src/core/rating/reconcile.ts',
  'src/core/plan/model-update.ts',
  'src/excel/office-rating.ts',
  'src/excel/office-plain-range.ts',
  'src/excel/office-assessment.ts',
  'src/excel/office-plan-applier.ts',
  'src/excel/office-file-delivery.ts',
  'src/excel/office-cells.ts',
  'src/excel/office-share.ts',
];

/** The string and template literals of a source, comments skipped (template holes read as part of the text). */
function literals(source: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i + 2) + 1;
    else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c && !(c !== '`' && source[j] === '\n')) j += source[j] === '\\' ? 2 : 1;
      found.push(source.slice(i, j + 1));
      i = j;
    }
  }
  return found;
}

/** Three or more English words in a row: how a hand-written message looks (ids, paths and formats do not). */
const ENGLISH_PHRASE = /\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+\b/;
const englishLiterals = (source: string) => literals(source).filter((literal) => ENGLISH_PHRASE.test(literal.replace(/\$\{[^}]*\}/g, '')));

describe('the converted modules', () => {
  it.each(CONVERTED)('%s holds no English message literal', (file) => {
    expect(englishLiterals(readFileSync(path.join(__dirname, '..', '..', file), 'utf8'))).toEqual([]);
  });

  it('the check finds a message written by hand, and not comments or ids', () => {
    const source = "// a comment with many words in it\nthrow invalidValue(`${where} is not a finite number`);\nconst id = 'ct-am'; /* more words in a comment */ read(\"it's\");\n";
    expect(englishLiterals(source)).toEqual(['`${where} is not a finite number`']);
  });
});
