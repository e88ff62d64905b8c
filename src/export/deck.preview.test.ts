import './jest-pptx-shim';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { buildDeck } from './deck';
import { ctAmPerson, ctAmSnapshot, ctAmTeam } from './test-fixtures';

/**
 * Sample decks to look at (scripts/preview-deck.sh): written only when PREVIEW_DECK_DIR is set, so a
 * normal test run skips this file.
 *   deck-zh.pptx  ct-am, 6 people in Chinese, one with blanks and a hard name, one not assessed
 *   deck-en.pptx  the same model in English, plus someone below target on all 18 competencies
 *   deck-empty.pptx  no people
 *   deck-200.pptx 200 people (the size benchmark; the build time is printed)
 */
const dir = process.env.PREVIEW_DECK_DIR;
const maybe = dir ? test : test.skip;

maybe('writes sample decks for a visual check', async () => {
  mkdirSync(dir!, { recursive: true });
  const zh = ctAmTeam(4, { seed: 7 });
  zh.people.push(ctAmPerson('欧阳<&>"\'娜娜', [3, null, 2, 4, 1, 2, 3, null, 2, 2, 3, 4, 1, 2, 3, 3, 2, 4], [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 4, 3, 4, 4, 4]));
  zh.people.push(ctAmPerson('未评定者', [], [2, 2, 3, 2, 3, 3, 2, 2, 2, 2, 3, 3, 2, 3, 2, 3, 3, 3]));
  writeFileSync(join(dir!, 'deck-zh.pptx'), await buildDeck(zh, 'zh-CN', { date: '2024年6月30日' }));
  const en = ctAmTeam(3, { locale: 'en-US', seed: 11 });
  // The longest gap list there can be: every competency three levels short, with English names.
  en.people.push(ctAmPerson('Everything Below', new Array(18).fill(1), new Array(18).fill(4), 'Principal account manager'));
  writeFileSync(join(dir!, 'deck-en.pptx'), await buildDeck(en, 'en-US', { date: '30 June 2024' }));
  writeFileSync(join(dir!, 'deck-empty.pptx'), await buildDeck(ctAmSnapshot('zh-CN'), 'zh-CN', { date: '2024年6月30日' }));
  const big = ctAmTeam(200, { seed: 3 });
  const started = performance.now();
  const bytes = await buildDeck(big, 'zh-CN');
  const ms = performance.now() - started;
  writeFileSync(join(dir!, 'deck-200.pptx'), bytes);
  // eslint-disable-next-line no-console
  console.log(`200-person deck: ${Math.round(ms)} ms, ${Math.round(bytes.length / 1024)} KiB`);
}, 60_000);
