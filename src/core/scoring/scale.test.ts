import fc from 'fast-check';
import { bandForScore, checkBandTable, levelNumber, type LabelBand } from './scale';
import type { Scale } from '../model/types';
import { CompetencyError } from '../errors';

function chineseMessage(rule: () => unknown): string {
  try {
    rule();
  } catch (error) {
    if (error instanceof CompetencyError) return error.messageIn('zh-CN');
  }
  throw new Error('no domain error');
}

const scale: Scale = {
  id: 'test',
  name: { zh: '测试', en: 'Test' },
  levels: [
    { id: 'L1', label: { zh: '初级', en: 'Junior' } },
    { id: 'L2', label: { zh: '中级', en: 'Intermediate' } },
    { id: 'L3', label: { zh: '高级', en: 'Senior' } },
  ],
};
const bands: LabelBand[] = [
  { min: 0, label: { zh: '初级' } },
  { min: 60, label: { zh: '中级' } },
  { min: 80, label: { zh: '高级' } },
];

describe('levelNumber', () => {
  it('reads labels in both languages, ids and numbers', () => {
    expect(levelNumber(scale, '中级')).toBe(2);
    expect(levelNumber(scale, ' senior ')).toBe(3);
    expect(levelNumber(scale, 'L1')).toBe(1);
    expect(levelNumber(scale, 2.5)).toBe(2.5);
    expect(levelNumber(scale, '3')).toBe(3);
  });
  it('names the known levels when a label is unknown', () => {
    expect(() => levelNumber(scale, '专家')).toThrow('"专家" is not a level of Test; its levels are Junior, Intermediate, Senior.');
    expect(chineseMessage(() => levelNumber(scale, '专家'))).toBe('"专家"不是量表"测试"的级别;其级别为:初级、中级、高级。');
  });
  it('refuses numbers off the scale', () => {
    expect(() => levelNumber(scale, 0)).toThrow('0 is not a level number of Test; use 1 to 3.');
    expect(chineseMessage(() => levelNumber(scale, 4))).toBe('4 不是量表"测试"的级别序号;请使用 1 到 3。');
  });
});

describe('bandForScore', () => {
  it('reads bands like an approximate-match lookup: the last bound not above the score', () => {
    expect(bandForScore(0, bands).label.zh).toBe('初级');
    expect(bandForScore(59.99, bands).label.zh).toBe('初级');
    expect(bandForScore(60, bands).label.zh).toBe('中级');
    expect(bandForScore(100, bands).label.zh).toBe('高级');
  });
  it('has no level below the first bound (#N/A)', () => {
    expect(() => bandForScore(-1, bands)).toThrow(expect.objectContaining({ kind: 'notAvailable' }) as unknown as Error);
  });
  it('never goes down as the score goes up (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(bands.indexOf(bandForScore(high, bands))).toBeGreaterThanOrEqual(bands.indexOf(bandForScore(low, bands)));
      }),
    );
  });
});

describe('checkBandTable', () => {
  it('accepts ascending numeric bounds with labels', () => {
    expect(checkBandTable([{ min: 0, label: 'C' }, { min: 50, label: 'B' }]).map((b) => b.min)).toEqual([0, 50]);
  });
  it('names the row of a bad band table', () => {
    expect(() => checkBandTable([{ min: 0, label: 'C' }, { min: 'x', label: 'B' }])).toThrow('In row 2 of the band table, the lower bound "x" is not a number.');
    expect(() => checkBandTable([{ min: 50, label: 'C' }, { min: 10, label: 'B' }])).toThrow('The bounds of the band table must rise: in row 2, 10 is not above 50. Sort the table ascending.');
    expect(() => checkBandTable([{ min: 0, label: ' ' }])).toThrow('The label in row 1 of the band table is blank.');
    expect(() => checkBandTable([])).toThrow('empty');
  });
});
