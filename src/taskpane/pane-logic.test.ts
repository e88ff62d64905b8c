/** @jest-environment jsdom */
import { builtInModelList, findLevelModel } from '../core/model/registry';
import type { RatingCellContext } from '../host/workbook-operations';
import { isDarkColor } from '../excel/office-theme';
import { parsePeople } from './actions/people';
import { chosenModel, modelChoices } from './model-choice';
import { moveTarget, shortcutMove } from './navigation';
import { tableLocale } from './rating-text';
import { searchModel, snippet } from './search';

const ctAm = findLevelModel('ct-am');
const resilience = ctAm.competencies.find((c) => c.id === 'resilience')!;

describe('search', () => {
  it('finds texts in either language, all words in one text, ignoring case and width', () => {
    expect(searchModel(ctAm, '抗挫', 'zh-CN').map((r) => r.targetId)).toEqual(['resilience']);
    const [hit] = searchModel(ctAm, 'ＳＥＴＢＡＣＫＳ squarely', 'zh-CN');
    expect(hit.targetId).toBe('resilience');
    expect(hit.hits).toContainEqual({ field: 'indicator', levelId: 'L1', text: expect.stringMatching(/^Faces setbacks squarely/) });
    expect(searchModel(ctAm, '   ', 'zh-CN')).toEqual([]);
  });

  it('searches element names and criteria of a points model', () => {
    const points = builtInModelList().find((m) => m.id === 'hw-sm')!;
    expect(searchModel(points, '客户拜访', 'zh-CN')[0].targetId).toBe('customer-visits');
  });

  it('cuts a snippet around the match', () => {
    expect(snippet('abc Setback def', 'setback')).toEqual({ before: 'abc ', match: 'Setback', after: ' def' });
    expect(snippet('x'.repeat(100) + 'hit', 'hit', 10).before).toBe('…' + 'x'.repeat(10));
  });
});

describe('people list', () => {
  it('reads tab, comma and single-space separated lines and skips a header row', () => {
    expect(parsePeople('姓名\t岗位\n张三\t客户经理\n\n李四,高级客户经理\nJohn Smith, Account manager\n王五 客户经理\nMary Ann Lee\n')).toEqual([
      { name: '张三', role: '客户经理' },
      { name: '李四', role: '高级客户经理' },
      { name: 'John Smith', role: 'Account manager' },
      { name: '王五', role: '客户经理' },
      { name: 'Mary Ann Lee', role: '' },
    ]);
  });
});

describe('navigation', () => {
  const context = {
    rowIndex: 0,
    rowCount: 2,
    columnIndex: 2,
    layout: { ratingColumns: [{ index: 5 }, { index: 2 }, { index: 3 }] },
  } as unknown as RatingCellContext;

  it('moves to the next rating column in the row and the same column in the next row', () => {
    expect(moveTarget(context, 'next-competency')).toEqual({ rowIndex: 0, columnIndex: 3 });
    expect(moveTarget({ ...context, columnIndex: 3 }, 'next-competency')).toEqual({ rowIndex: 0, columnIndex: 5 });
    expect(moveTarget(context, 'previous-competency')).toBeNull();
    expect(moveTarget(context, 'next-person')).toEqual({ rowIndex: 1, columnIndex: 2 });
    expect(moveTarget({ ...context, rowIndex: 1 }, 'next-person')).toBeNull();
  });

  it('takes Alt+arrows only, and not in text fields, lists or dialogs', () => {
    const key = (key: string, target: Element, extra: Partial<KeyboardEvent> = {}) =>
      shortcutMove({ key, altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, defaultPrevented: false, target, ...extra });
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(key('ArrowRight', checkbox)).toBe('next-competency');
    expect(key('ArrowUp', document.createElement('button'))).toBe('previous-person');
    expect(key('ArrowRight', checkbox, { altKey: false })).toBeNull();
    expect(key('ArrowRight', checkbox, { ctrlKey: true })).toBeNull();
    expect(key('ArrowRight', document.createElement('textarea'))).toBeNull();
    expect(key('ArrowDown', document.createElement('select'))).toBeNull();
    expect(key('ArrowLeft', Object.assign(document.createElement('input'), { type: 'text' }))).toBeNull();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const inDialog = dialog.appendChild(document.createElement('button'));
    expect(key('ArrowRight', inDialog)).toBeNull();
  });
});

describe('rating text', () => {
  it('writes in the language of the header', () => {
    expect(tableLocale(resilience, '抗挫能力', 'en-US')).toBe('zh-CN');
    expect(tableLocale(resilience, ' resilience ', 'zh-CN')).toBe('en-US');
    expect(tableLocale(resilience, 'Resil. (mapped)', 'zh-CN')).toBe('zh-CN');
  });

});

describe('model choice', () => {
  it('lists the workbook model first, in place of a built-in with its id', () => {
    const custom = { ...ctAm, name: { zh: '改版' } };
    const choices = modelChoices({ modelId: 'ct-am', customModel: custom, mappings: {} });
    expect(choices[0]).toEqual({ id: 'ct-am', name: custom.name, custom: true });
    expect(choices.filter((c) => c.id === 'ct-am')).toHaveLength(1);
    expect(choices.map((c) => c.id)).toEqual(['ct-am', 'cm-gcam', 'hw-sm']);
    expect(chosenModel({ modelId: 'ct-am', customModel: custom, mappings: {} })?.model).toBe(custom);
    expect(chosenModel({ modelId: 'nope', mappings: {} })).toMatchObject({ model: { id: 'ct-am' }, unavailable: 'nope' });
  });
});

describe('office theme', () => {
  it('tells dark backgrounds from light ones', () => {
    expect(isDarkColor('#262626')).toBe(true);
    expect(isDarkColor('#444')).toBe(true);
    expect(isDarkColor('#FFFFFF')).toBe(false);
    expect(isDarkColor('#e6e6e6')).toBe(false);
    expect(isDarkColor('not a colour')).toBe(false);
  });
});
