import { findLevelModel } from '../core/model/registry';
import { levelSheetGeometry } from '../core/plan/levels';
import { cellA1 } from '../core/a1';
import { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { createOfficeAssessmentOperations } from './office-assessment';

/** Building an assessment over Office.js (the strict mock): the Ratings sheet, the round and the multi-rater block. */

const ctAm = findLevelModel('ct-am');
let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe('buildAssessment with several raters (Office.js)', () => {
  it('creates the Ratings table at A1, the round’s weights and minimums beside it, and the combined levels and agreement on the Assessment sheet', async () => {
    const workbook = new ExcelWorkbookMock();
    uninstall = workbook.install();
    await createOfficeAssessmentOperations().buildAssessment({ model: ctAm, people: [{ name: '张三', role: '' }, { name: '李四', role: '' }], locale: 'zh-CN' });

    expect(workbook.sheetNames()).toEqual(['Sheet1', '模型', '目标级别', '评估', '评价记录', '证据', '审计日志']);
    expect(workbook.table('Ratings')).toMatchObject({ sheet: '评价记录', address: 'A1:H2', headers: ['PersonKey', 'Competency', 'RaterKey', 'Role', 'Level', 'Evidence', 'Time', 'Source'] });
    expect(workbook.table('RaterRoles')).toMatchObject({ sheet: '评价记录', address: 'J1:L6' });
    expect(workbook.values('评价记录', 'J2:L6')).toEqual([
      ['自评', 0.1, 1],
      ['上级', 0.5, 1],
      ['同事', 0.2, 3],
      ['下属', 0.2, 3],
      ['其他', 0, 3],
    ]);
    const g = levelSheetGeometry(ctAm, 2);
    const first = cellA1(g.rows.firstData, g.combinedColumn + 1);
    expect(workbook.formula('评估', first)).toBe(
      `=HR.RATERS.COMBINE.TABLE($BG$10:$BG$11,$BH$8:$BY$8,'评价记录'!$A$2:$E$39001,'评价记录'!$K$2:$K$6,'评价记录'!$L$2:$L$6,"ct-am")`,
    );
    expect(workbook.formula('评估', cellA1(g.rows.firstData, g.combinedColumn))).toBe('=IF($Y10="","",TRIM($Y10&""))');
    expect(workbook.formula('评估', cellA1(g.rows.weights - 1, g.combinedColumn + 1))).toBe(`=HR.RATERS.AGREEMENT.TABLE($BH$8:$BY$8,'评价记录'!$A$2:$E$39001,"ct-am")`);
    expect(workbook.values('评估', 'BG8:BI8')).toEqual([['人员编号', '成就导向', '抗挫能力']]);
    // The spill area stays empty so Excel can spill into it.
    expect(workbook.values('评估', 'BH10:BH11')).toEqual([[''], ['']]);
  });
});
