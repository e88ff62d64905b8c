import { buildDeck } from '../src/export/deck';
import { ctAmTeam } from '../test/helpers/snapshot-fixtures';
import { fmt, medianMsAsync, ratio, table, type Section } from './timing';

/**
 * Deck export: time and file size of the deck for 10 and 200 people (Node; the same code runs in
 * the pane). Reference, measured in the same run: a bare pptxgenjs deck with the same number of
 * slides, each holding one radar chart of the same data and nothing else, written the same way.
 */
async function bareDeck(people: number): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const snapshot = ctAmTeam(people);
  const pptx = new PptxGenJS();
  const labels = snapshot.competencies.map((c) => c.name);
  for (const person of snapshot.people) {
    pptx.addSlide().addChart(pptx.ChartType.radar, [
      { name: 'actual', labels, values: person.levels.map((l) => l ?? 0) },
      { name: 'target', labels, values: person.targets.map((t) => t ?? 0) },
    ]);
  }
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

export async function benchExport(): Promise<Section> {
  const rows: (string | number)[][] = [];
  let time200 = 0;
  for (const people of [10, 200]) {
    const snapshot = ctAmTeam(people);
    let bytes = 0;
    let bareBytes = 0;
    const ours = await medianMsAsync(async () => (bytes = (await buildDeck(snapshot, 'zh-CN')).length), people > 100 ? 3 : 5);
    const bare = await medianMsAsync(async () => (bareBytes = (await bareDeck(people)).length), people > 100 ? 3 : 5);
    if (people === 200) time200 = ours;
    rows.push([people, fmt(ours, 0), fmt(bare, 0), ratio(ours, bare), `${fmt(bytes / 1024, 0)} KiB`, `${fmt(bareBytes / 1024, 0)} KiB`]);
  }
  return {
    title: 'Deck export',
    body: [
      'Median ms to build the .pptx (title, one slide per person with a native radar chart and the gap list, team slides; deflated) against a bare pptxgenjs deck of one radar chart per person (stored, as pptxgenjs writes it), ct-am with 18 competencies, in Node.',
      '',
      table(['people', 'deck ms', 'bare ms', 'ratio', 'deck size', 'bare size'], rows),
    ].join('\n'),
    targets: [{ target: 'the 200-person deck in under 5 s', measured: `${fmt(time200 / 1000, 2)} s (Node)`, holds: time200 < 5000 }],
  };
}
