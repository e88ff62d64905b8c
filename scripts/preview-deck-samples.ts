// Writes the sample decks that scripts/preview-deck.sh renders with LibreOffice (run with tsx).
//   deck-zh.pptx  ct-am, 6 people in Chinese, one with blanks and a hard name, one not assessed
//   deck-en.pptx  the same model in English, plus someone below target on all 18 competencies
//   deck-empty.pptx  no people
//   deck-200.pptx 200 people (the build time is printed)
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { buildDeck } from '../src/export/deck';
import { ctAmPerson, ctAmSnapshot, ctAmTeam } from '../test/helpers/snapshot-fixtures';

async function main(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const zh = ctAmTeam(4, { seed: 7 });
  zh.people.push(ctAmPerson('欧阳<&>"\'娜娜', [3, null, 2, 4, 1, 2, 3, null, 2, 2, 3, 4, 1, 2, 3, 3, 2, 4], [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 4, 3, 4, 4, 4]));
  zh.people.push(ctAmPerson('未评定者', [], [2, 2, 3, 2, 3, 3, 2, 2, 2, 2, 3, 3, 2, 3, 2, 3, 3, 3]));
  writeFileSync(join(dir, 'deck-zh.pptx'), await buildDeck(zh, 'zh-CN', { date: '2024年6月30日' }));
  const en = ctAmTeam(3, { locale: 'en-US', seed: 11 });
  // The longest gap list there can be: every competency three levels short, with English names.
  en.people.push(ctAmPerson('Everything Below', new Array(18).fill(1), new Array(18).fill(4), 'Principal account manager'));
  writeFileSync(join(dir, 'deck-en.pptx'), await buildDeck(en, 'en-US', { date: '30 June 2024' }));
  writeFileSync(join(dir, 'deck-empty.pptx'), await buildDeck(ctAmSnapshot('zh-CN'), 'zh-CN', { date: '2024年6月30日' }));
  const started = performance.now();
  const bytes = await buildDeck(ctAmTeam(200, { seed: 3 }), 'zh-CN');
  writeFileSync(join(dir, 'deck-200.pptx'), bytes);
  console.log(`200-person deck: ${Math.round(performance.now() - started)} ms, ${Math.round(bytes.length / 1024)} KiB`);
}

void main(process.argv[2] ?? '/tmp/deck-preview');
