import '../../test/helpers/jest-pptx-shim';
import JSZip from 'jszip';
import { findLevelModel } from '../core/model/registry';
import { RATINGS_COLUMNS } from '../core/plan/ratings';
import { personSpreads } from '../core/raters/person-spread';
import type { RatingsTableRead } from '../core/raters/pane-rating';
import { ctAmPerson, ctAmSnapshot } from '../../test/helpers/snapshot-fixtures';
import { buildDeck, deckSlideCount } from './deck';

/** The deck's slide per person with the spread by role, from a Ratings table. */

const model = findLevelModel('ct-am');
const [first, second] = model.competencies.map((c) => c.name.zh!);
const row = (person: string, competency: string, rater: string, role: string, level: string | number) => [person, competency, rater, role, level, '', '', 'a.xlsx'];

const read: RatingsTableRead = {
  sheet: '评价记录',
  headerRow: 0,
  firstColumn: 0,
  headers: RATINGS_COLUMNS.map((c) => c.header),
  rows: [
    row('E1', first, 'E1', '自评', '资深'),
    row('E1', first, 'M1', '上级', '中级'),
    row('E1', first, 'P1', '同事', 3),
    row('E1', first, 'P2', '同事', '中级'),
    row('E1', first, 'P3', 'peer', '高级'),
    row('E1', first, 'R1', '下属', '初级'),
    row('E1', first, 'R2', '下属', '中级'),
    // The second competency named in English: the same competency.
    row('E1', model.competencies[1].name.en!, 'M1', 'Manager', 'Senior'),
  ],
  weights: null,
  minimums: null,
};

async function slideTexts(bytes: Uint8Array): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return Promise.all(names.map(async (n) => [...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1])));
}

describe('the spread slide per person', () => {
  it('follows the person’s slide: min / mean / max per role per competency, self marked, raters never named', async () => {
    const snapshot = ctAmSnapshot('zh-CN', [{ ...ctAmPerson('张三', [4, 3], [3, 3]), key: 'E1' }, { ...ctAmPerson('李四', [2, 2], [3, 3]), key: 'E2' }]);
    const spreads = personSpreads(read, snapshot.people.map((p) => p.key!), model, 'zh-CN');
    expect(spreads[1]).toBeNull();
    const slides = await slideTexts(await buildDeck(snapshot, 'zh-CN', { spreads, date: '2026年12月2日' }));
    // Title, 张三, 张三's spread, 李四 (nobody rated them in the Ratings table), team.
    expect(slides).toHaveLength(5);
    // The count the pane shows before the deck is made: the spread slide included.
    expect(deckSlideCount(snapshot, 'zh-CN', (person) => spreads[snapshot.people.indexOf(person)] !== null)).toBe(5);
    expect(deckSlideCount(snapshot, 'zh-CN')).toBe(4);
    const spread = slides[2];
    expect(spread[0]).toBe('张三:各角色的评价');
    expect(spread).toEqual(expect.arrayContaining(['能力素质项', '★ 自评', '上级', '同事', '下属', '其他', first, '★ 4', '2', '2.67 (2–3) · 3', '人数不足,不显示', second, '3']));
    for (const rater of ['M1', 'P1', 'P2', 'P3', 'R1', 'R2']) expect(spread.join(' ')).not.toContain(rater);
    expect(spread.join(' ')).toContain('级别:1 = 初级 · 2 = 中级 · 3 = 高级 · 4 = 资深');
    expect(slides[3][0]).toBe('李四');
  });

  it('in English, with the round’s minimums: two reports reach a minimum of 2 and are shown', async () => {
    const snapshot = ctAmSnapshot('en-US', [{ ...ctAmPerson('Zhang San', [4, 3], [3, 3]), key: 'E1' }]);
    const spreads = personSpreads({ ...read, minimums: [1, 1, 3, 2, 3] }, ['E1'], model, 'en-US');
    const slides = await slideTexts(await buildDeck(snapshot, 'en-US', { spreads, date: 'December 2, 2026' }));
    expect(slides[2][0]).toBe('Zhang San: ratings by role');
    expect(slides[2]).toEqual(expect.arrayContaining(['★ Self', 'Manager', 'Peers', 'Direct reports', '1.50 (1–2) · 2']));
  });

  it('without spreads the deck is as before: no extra slide', async () => {
    const snapshot = ctAmSnapshot('zh-CN', [{ ...ctAmPerson('张三', [4, 3], [3, 3]), key: 'E1' }]);
    expect(await slideTexts(await buildDeck(snapshot, 'zh-CN'))).toHaveLength(3);
  });
});
