/**
 * Fixtures for the Office.js assessment operations (src/excel/office-assessment*.test.ts):
 * samplePlan, a hand-made WorkbookPlan shaped like the core planner's, with formulas of realistic
 * length, for any number of people and competencies. The Excel they run against is the one mock,
 * test/office/counting-mock.ts.
 */
import type { PlanCell, PlanChart, PlanSheet, WorkbookPlan } from '../../src/core/plan/plan';
import { columnName } from '../../src/core/a1';

// ---------------------------------------------------------------------------------------------
// Hand-made plans

export const LEVELS = ['初级', '中级', '高级', '资深'];

export interface SamplePlanOptions {
  people: number;
  competencies: number;
  /** A list validation whose literal would pass Excel's 255 characters. */
  longList?: boolean;
}

const col = columnName;

/** A plan shaped like core's: Model, Targets, Assessment (with a profile block and two radar charts), Evidence, Audit. */
export function samplePlan({ people, competencies, longList = false }: SamplePlanOptions): WorkbookPlan {
  const names = Array.from({ length: competencies }, (_, i) => `能力素质项${i + 1}`);
  const first = 2; // C
  const last = first + competencies - 1;
  const range = (row: number) => `${col(first)}${row}:${col(last)}${row}`;
  const weights = `$${col(first)}$2:$${col(last)}$2`;
  const levelList = `{${LEVELS.map((l) => `"${l}"`).join(',')}}`;
  const rows: PlanCell[][] = Array.from({ length: people }, (_, p) => {
    const r = 4 + p;
    return [
      { text: `员工${p + 1}` },
      { text: ['客户经理', '高级客户经理', '资深客户经理'][p % 3] },
      ...names.map(() => null),
      { formula: `=IF(COUNTA(${range(r)})=0,"",SUMPRODUCT(IFERROR(MATCH(${range(r)},${levelList},0),0)*${weights})/SUMPRODUCT((${range(r)}<>"")*${weights}))` },
      { formula: `=IF(${col(last + 1)}${r}="","",INDEX(${levelList},ROUND(${col(last + 1)}${r},0)))` },
      { formula: `=IF(COUNTA(${range(r)})=0,"",SUMPRODUCT(IFERROR(MATCH(INDEX(目标!$B$4:$${col(competencies)}$6,MATCH($B${r},目标!$A$4:$A$6,0),0),${levelList},0),0)-IFERROR(MATCH(${range(r)},${levelList},0),0)))` },
      { text: 'ct-am@1' },
    ];
  });
  const headers = ['姓名', '岗位', ...names, '加权得分', '综合级别', '差距合计', '模型版本'];
  const profileColumn = last + 7;
  const [pc, ac, tc] = [col(profileColumn), col(profileColumn + 1), col(profileColumn + 2)];
  const profileRows: PlanCell[][] = names.map((name, i) => [
    { text: name },
    { formula: `=IFERROR(MATCH(INDEX($${col(first + i)}$4:$${col(first + i)}$${Math.max(4, 3 + people)},MATCH($${ac}$3,$A$4:$A$${Math.max(4, 3 + people)},0)),${levelList},0),"")` },
    { formula: `=IFERROR(MATCH(INDEX(目标!$${col(i + 1)}$4:$${col(i + 1)}$6,MATCH(INDEX($B$4:$B$${Math.max(4, 3 + people)},MATCH($${ac}$3,$A$4:$A$${Math.max(4, 3 + people)},0)),目标!$A$4:$A$6,0)),${levelList},0),"")` },
  ]);
  const chart = (kind: PlanChart['kind'], anchor: string, extra: object = {}): PlanChart =>
    ({
      kind,
      sheet: '评估',
      anchor,
      title: kind === 'person-radar' ? '能力素质状况图示' : '团队能力素质状况',
      categories: `${pc}5:${pc}${4 + competencies}`,
      actual: `${ac}5:${ac}${4 + competencies}`,
      target: `${tc}5:${tc}${4 + competencies}`,
      seriesNames: { actual: '实际', target: '目标' },
      ...extra,
    }) as PlanChart;

  const sheet = (key: PlanSheet['key'], name: string, rest: Partial<PlanSheet>): PlanSheet => ({
    key,
    name,
    blocks: [],
    tables: [],
    listValidations: [],
    numberValidations: [],
    conditionalFormats: [],
    ...rest,
  });
  const roleList = longList ? Array.from({ length: 40 }, (_, i) => `岗位名称很长的角色${i + 1}`) : ['客户经理', '高级客户经理', '资深客户经理'];

  return {
    modelId: 'ct-am',
    modelVersion: '1',
    locale: 'zh-CN',
    assessmentTable: 'CompetencyAssessment',
    sheets: [
      sheet('model', '模型', {
        blocks: [{ origin: 'A1', cells: [['客户经理能力素质模型 v1']], bold: true }],
        tables: [
          {
            name: 'CompetencyModel',
            origin: 'A3',
            headers: ['编号', '能力素质项', '级别', '行为指标'],
            rows: names.flatMap((name, i) => LEVELS.map((level) => [{ text: `c${i + 1}` }, { text: name }, { text: level }, { text: '▶ 能够主动设定具有挑战性的目标并持续跟进结果' }])),
          },
        ],
        columnWidths: { A: 10, B: 18, D: 60 },
      }),
      sheet('targets', '目标', {
        tables: [{ name: 'CompetencyTargets', origin: 'A3', headers: ['岗位', ...names], rows: roleList.slice(0, 3).map((role, i) => [{ text: role }, ...names.map(() => ({ text: LEVELS[i + 1] }))]) }],
      }),
      sheet('assessment', '评估', {
        blocks: [
          { origin: 'A1', cells: [['能力素质测评 · ct-am@1']], bold: true },
          { origin: 'A2', cells: [[{ text: '权重' }, null, ...names.map(() => 1)]] },
          { origin: `${pc}3`, cells: [[{ text: '选择人员' }, people > 0 ? { text: '员工1' } : null], [{ text: '能力素质项' }, { text: '实际' }, { text: '目标' }], ...profileRows] },
        ],
        tables: [{ name: 'CompetencyAssessment', origin: 'A3', headers, rows, numberFormats: { 加权得分: '0.0', 差距合计: '0' } }],
        listValidations: [
          ...names.map((header) => ({ table: 'CompetencyAssessment', header, values: LEVELS, errorMessage: `请选择级别:${LEVELS.join('、')}` })),
          { table: 'CompetencyAssessment', header: '岗位', values: roleList, errorMessage: '请选择岗位' },
        ],
        numberValidations: [{ table: 'CompetencyAssessment', header: '差距合计', min: -100, max: { formula: `${col(competencies)}$2*100` }, errorMessage: '差距超出范围', integer: true }],
        conditionalFormats: [{ table: 'CompetencyAssessment', header: '差距合计', formula: `=$${col(last + 3)}4>0`, fill: '#FDE7E9', fontColor: '#A4262C' }],
        columnWidths: { A: 12, B: 14 },
        freeze: { rows: 3, columns: 2 },
      }),
      sheet('evidence', '证据', { tables: [{ name: 'CompetencyEvidence', origin: 'A1', headers: ['姓名', '能力素质项', '级别', '观察到的行为', '评语', '评估人', '日期', '单元格'], rows: [] }] }),
      sheet('audit', '审计日志', { tables: [{ name: 'CompetencyAudit', origin: 'A1', headers: ['时间', '评估人', '单元格', '姓名', '能力素质项', '原值', '新值', '观察到的行为', '评语', '模型'], rows: [] }] }),
    ],
    charts: [chart('person-radar', `${col(profileColumn + 4)}3`, { personCell: `${ac}3` }), chart('team-radar', `${col(profileColumn + 4)}22`)],
  };
}
