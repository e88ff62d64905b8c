import { reviseModel } from '../model/model-version';
import { findLevelModel } from '../model/registry';
import type { LevelModel } from '../model/types';
import { columnIdBlock, readColumnIds } from './column-ids';
import { carryLevel, matchTableColumns, previewModelUpdate, samePreview } from './model-update';
import { planModelUpdateWrite } from './model-update-write';
import { AUDIT_COLUMNS, headers as columnHeaders } from '../rating/records';

const v1 = findLevelModel('ct-am');
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function v2(edit: (m: LevelModel) => void): LevelModel {
  const edited = copy(v1);
  edit(edited);
  return reviseModel(v1, edited).model as LevelModel;
}

const renamed = v2((m) => (m.competencies[1].name = { zh: '抗压能力', en: 'Stress resilience' }));
const headers = ['姓名', '岗位', '成就导向', '坚韧', '备注', '加权得分', '模型版本'];

describe('which column rates which competency on a model update', () => {
  it('takes the id the workbook recorded over what the header says, so a header HR retyped keeps its competency', () => {
    const recorded = readColumnIds([[null, '评估列', '能力素质项编号'], [null, '坚韧', 'resilience'], [null, '', '']]);
    const match = matchTableColumns(headers, recorded, v1, renamed);
    expect(match.competencies.map((c) => [c.header, c.competencyId])).toEqual([
      ['成就导向', 'achievement-orientation'],
      ['坚韧', 'resilience'],
    ]);
    expect(match.others.map((c) => c.header)).toEqual(['备注']);
    expect([match.person, match.role]).toEqual([0, 1]);
  });

  it('reads the record in either language and as the build writes it', () => {
    const block = columnIdBlock([{ header: 'Resilience', competencyId: 'resilience' }], 'en-US').map((row) => row.map((c) => (typeof c === 'object' && c !== null && 'text' in c ? c.text : c)));
    expect(readColumnIds(block)).toEqual(new Map([['Resilience', 'resilience']]));
    expect(readColumnIds(null).size).toBe(0);
  });

  it('carries a level by its id: same, under its new label, a number the new scale has, or flagged', () => {
    const levels = v2((m) => {
      m.scale.levels[1].label = { zh: '熟练', en: 'Proficient' };
      m.scale.levels = m.scale.levels.slice(0, 3);
    });
    expect(carryLevel('初级', v1, levels, 'zh-CN')).toEqual({ outcome: 'same', value: '初级' });
    expect(carryLevel('Junior', v1, levels, 'zh-CN')).toEqual({ outcome: 'same', value: 'Junior' });
    expect(carryLevel('Intermediate', v1, levels, 'zh-CN')).toEqual({ outcome: 'relabelled', from: 'Intermediate', to: '熟练' });
    expect(carryLevel('资深', v1, levels, 'zh-CN')).toEqual({ outcome: 'flagged', value: '资深' });
    expect(carryLevel(3, v1, levels, 'zh-CN')).toEqual({ outcome: 'same', value: 3 });
    expect(carryLevel(4, v1, levels, 'zh-CN')).toEqual({ outcome: 'flagged', value: '4' });
    expect(carryLevel('', v1, levels, 'zh-CN')).toEqual({ outcome: 'blank' });
  });

  it('archives a column of HR that the new table has no place for, with every value it held', () => {
    const read = {
      assessment: { sheet: '评估', top: 8, left: 0, headers, rows: [['张三', '客户经理', '中级', '高级', '调岗中', '', 'ct-am@1']] },
      targets: null,
      columnIds: null,
    };
    const preview = previewModelUpdate(read, v1, renamed, 'zh-CN')!;
    expect(preview.columns.filter((c) => c.kind !== 'added')).toEqual([
      { kind: 'kept', competencyId: 'achievement-orientation', header: '成就导向', values: 1, relabelled: 0, flagged: [] },
      // 坚韧 names no competency and was not recorded: without the record it is HR's column too.
      { kind: 'archived', competencyId: null, header: '坚韧', values: 1 },
      { kind: 'archived', competencyId: null, header: '备注', values: 1 },
    ]);
    const write = planModelUpdateWrite(read, v1, renamed, 'zh-CN', { now: new Date('2026-12-01T00:00:00Z'), assessor: '王五', sheetNames: ['评估', '审计日志'], archiveTable: false, audit: { headers: columnHeaders(AUDIT_COLUMNS, 'zh-CN'), last: null } })!;
    expect(write.archive!.placement).toMatchObject({ into: 'new-table', sheet: '归档' });
    expect(write.archive!.rows.map((r) => r.slice(2, 7))).toEqual([['张三', '客户经理', '坚韧', '', '高级'], ['张三', '客户经理', '备注', '', '调岗中']]);
    // The row's ratings were given against version 1: its Model version cell keeps saying so.
    const table = write.plan.sheets.find((s) => s.key === 'assessment')!.tables[0];
    expect(table.rows[0][table.headers.indexOf('模型版本')]).toBe('ct-am@1');
    expect(samePreview(preview, write.preview)).toBe(true);
  });
});
