/**
 * Fixtures for the Office.js assessment operations (src/excel/office-assessment*.test.ts):
 * - FakeExcel: a small in-memory Excel object model behind `Excel.run`, enough for the calls the
 *   applier makes. It counts context.sync() calls and measures each request as the JSON of the
 *   operations queued since the last sync (the shape of an Office.js batch), in UTF-8 bytes, and
 *   each response as the JSON of what was loaded.
 * - samplePlan: a hand-made WorkbookPlan shaped like the core planner's, with formulas of realistic
 *   length, for any number of people and competencies.
 */
import type { PlanCell, PlanChart, PlanSheet, WorkbookPlan } from '../../src/core/plan/plan';
import { columnName, parseCell } from '../../src/core/a1';

type Entry = string | number | boolean;

export interface FakeCell {
  /** As written through Range.formulas / values: "'x" is text x, "=…" a formula. */
  entry: Entry;
  numberFormat?: string;
  bold?: boolean;
}

export class ItemNotFound extends Error {
  code = 'ItemNotFound';
}

function parse(address: string): { row: number; column: number } {
  const cell = parseCell(address)!;
  return { row: cell.row, column: cell.col };
}

const letters = columnName;

/** Every cell address of an A1 range ("B2:C3"); whole columns ("C:C") give the column letter only. */
function cellsOf(address: string): string[] {
  if (/^[A-Z]+:[A-Z]+$/i.test(address)) return [address];
  const [a, b = a] = address.split(':');
  const p = parse(a);
  const q = parse(b);
  const out: string[] = [];
  for (let r = p.row; r <= q.row; r++) for (let c = p.column; c <= q.column; c++) out.push(`${letters(c)}${r + 1}`);
  return out;
}

function bounding(a: string, b: string): string {
  const corners = [...a.split(':'), ...b.split(':')].map(parse);
  const top = Math.min(...corners.map((c) => c.row));
  const left = Math.min(...corners.map((c) => c.column));
  const bottom = Math.max(...corners.map((c) => c.row));
  const right = Math.max(...corners.map((c) => c.column));
  return `${letters(left)}${top + 1}:${letters(right)}${bottom + 1}`;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  series: { name: string; values?: string; xValues?: string }[];
  position?: string;
  width?: number;
  height?: number;
  legend: { visible?: boolean; position?: string };
}

export class FakeSheet {
  visibility = 'Visible';
  protected = false;
  cells = new Map<string, FakeCell>();
  charts: FakeChart[] = [];
  validations: { address: string; rule?: Excel.DataValidationRule; errorAlert?: Excel.DataValidationErrorAlert }[] = [];
  conditionalFormats: { address: string; formula?: string; fill?: string; fontColor?: string }[] = [];
  columnWidths: Record<string, number> = {};
  freeze: { rows: number; columns: number } | null = null;
  constructor(public name: string) {}

  /** What the user sees in a cell: text, a number/boolean, or the formula. */
  cell(address: string): { kind: 'blank' | 'text' | 'formula' | 'value'; value: Entry } {
    const entry = this.cells.get(address)?.entry;
    if (entry === undefined || entry === '') return { kind: 'blank', value: '' };
    if (typeof entry !== 'string') return { kind: 'value', value: entry };
    if (entry.startsWith("'")) return { kind: 'text', value: entry.slice(1) };
    if (entry.startsWith('=')) return { kind: 'formula', value: entry };
    return { kind: 'value', value: entry };
  }

  /** Values as Excel would return them for plain cells (formulas are not evaluated here). */
  values(address: string): Entry[][] {
    const [a, b = a] = address.split(':');
    const p = parse(a);
    const q = parse(b);
    const rows: Entry[][] = [];
    for (let r = p.row; r <= q.row; r++) {
      const row: Entry[] = [];
      for (let c = p.column; c <= q.column; c++) row.push(this.cell(`${letters(c)}${r + 1}`).value);
      rows.push(row);
    }
    return rows;
  }

  /** The smallest range holding every cell with content (A1 on an empty sheet, as Excel says). */
  usedRange(): string {
    const used = [...this.cells].filter(([, c]) => c.entry !== '').map(([key]) => key);
    return used.length === 0 ? 'A1' : used.reduce((range, key) => bounding(range, key), used[0]);
  }

  setGrid(origin: string, rows: Entry[][]): void {
    const o = parse(origin);
    rows.forEach((row, r) => row.forEach((entry, c) => this.cells.set(`${letters(o.column + c)}${o.row + r + 1}`, { entry })));
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  address: string;
}

export interface FakeExcelOptions {
  /** Requirement sets the fake Office reports as supported, e.g. ["ExcelApi 1.20"]. */
  supported?: string[];
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  workbookProtected = false;
  active: string | null = null;
  syncs = 0;
  requestBytes: number[] = [];
  runOptions: unknown[] = [];
  private pending: unknown[] = [];
  private loads: (() => unknown)[] = [];
  private error: Error | null = null;

  constructor(sheetNames: string[] = ['Sheet1']) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(name));
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** A table with plain values, as a user (or an earlier build) left it. */
  addTable(sheetName: string, name: string, origin: string, rows: Entry[][]): FakeTable {
    const sheet = this.sheet(sheetName) ?? (this.sheets.push(new FakeSheet(sheetName)), this.sheet(sheetName)!);
    sheet.setGrid(origin, rows.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? `'${v}` : v))));
    const o = parse(origin);
    const table = { name, sheet, address: `${origin}:${letters(o.column + rows[0].length - 1)}${o.row + rows.length}` };
    this.tables.push(table);
    return table;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requestBytes);
  }

  resetCounts(): void {
    this.syncs = 0;
    this.requestBytes = [];
    this.runOptions = [];
  }

  private queue(...operation: unknown[]): void {
    this.pending.push(operation);
  }

  private fail(message: string): void {
    this.error ??= new ItemNotFound(message);
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.requestBytes.push(Buffer.byteLength(JSON.stringify(this.pending), 'utf8'));
    this.pending = [];
    const error = this.error;
    this.error = null;
    const loads = this.loads;
    this.loads = [];
    if (error) throw error;
    for (const load of loads) load();
  }

  /** The global `Excel` for the code under test. */
  excel(): unknown {
    const run = async (a: unknown, b?: unknown) => {
      const batch = (typeof a === 'function' ? a : b) as (context: unknown) => Promise<unknown>;
      this.runOptions.push(typeof a === 'function' ? undefined : a);
      return batch(this.context());
    };
    return { run };
  }

  /** The global `Office` (requirements only). */
  office(options: FakeExcelOptions = {}): unknown {
    const supported = new Set(options.supported ?? []);
    return { context: { requirements: { isSetSupported: (set: string, version: string) => supported.has(`${set} ${version}`) } } };
  }

  private context(): unknown {
    const fake = this;
    const worksheets = {
      items: [] as unknown[],
      load() {
        fake.loads.push(() => (worksheets.items = fake.sheets.map((s) => fake.worksheet(s.name))).map((s) => (s as { name: string }).name));
        return worksheets;
      },
      getItem: (name: string) => fake.worksheet(name),
      getItemOrNullObject: (name: string) => fake.worksheet(name, true),
      add(name: string) {
        fake.queue('addSheet', name);
        fake.sheets.push(new FakeSheet(name));
        return fake.worksheet(name);
      },
    };
    const tables = {
      items: [] as unknown[],
      load() {
        fake.loads.push(() => (tables.items = fake.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet.name } }))));
        return tables;
      },
      getItem: (name: string) => fake.tableProxy(name),
      getItemOrNullObject: (name: string) => fake.tableProxy(name, true),
    };
    const protection = {
      protected: undefined as unknown,
      load() {
        fake.loads.push(() => (protection.protected = fake.workbookProtected));
        return protection;
      },
    };
    return { workbook: { worksheets, tables, protection }, sync: () => fake.sync() };
  }

  /** A worksheet proxy; `name` null (the sheet of a missing table) gives a null object. */
  private worksheet(name: string | null, orNull = false): unknown {
    const fake = this;
    const sheet = () => (name === null ? undefined : fake.sheet(name));
    if (!sheet() && !orNull) fake.fail(`worksheet ${name}`);
    const charts = {
      items: [] as unknown[],
      load() {
        fake.loads.push(() => (charts.items = (sheet()?.charts ?? []).map((c) => ({ name: c.name }))));
        return charts;
      },
      add(type: string, source: { address: string }, seriesBy: string) {
        const chart: FakeChart = { name: '', type, source: source.address, seriesBy, title: '', series: [{ name: '' }], legend: {} };
        fake.queue('addChart', name, type, source.address, seriesBy);
        sheet()?.charts.push(chart);
        return fake.chartProxy(chart);
      },
      getItem(chartName: string) {
        const chart = sheet()?.charts.find((c) => c.name === chartName);
        if (!chart) fake.fail(`chart ${chartName}`);
        return fake.chartProxy(chart ?? ({ series: [], legend: {} } as unknown as FakeChart));
      },
    };
    return {
      get name() {
        return sheet()?.name ?? name ?? '';
      },
      set name(value: string) {
        fake.queue('renameSheet', name, value);
        const s = sheet();
        if (s) s.name = value;
      },
      set visibility(value: string) {
        fake.queue('visibility', name, value);
        sheet()!.visibility = value;
      },
      isNullObject: !sheet(),
      get protection() {
        return { protected: sheet()?.protected ?? false };
      },
      delete() {
        fake.queue('deleteSheet', name);
        fake.tables = fake.tables.filter((t) => t.sheet !== sheet());
        fake.sheets = fake.sheets.filter((s) => s !== sheet());
      },
      activate() {
        fake.queue('activate', name);
        fake.active = sheet()?.name ?? null;
      },
      getRange: (address: string) => fake.rangeProxy(sheet, address),
      getUsedRange: () => fake.rangeProxy(sheet, () => sheet()?.usedRange() ?? 'A1'),
      freezePanes: {
        freezeAt: (range: { address: string }) => {
          fake.queue('freezeAt', name, range.address);
          const q = parse(range.address.split(':').pop()!);
          sheet()!.freeze = { rows: q.row + 1, columns: q.column + 1 };
        },
        freezeRows: (rows: number) => (fake.queue('freezeRows', rows), (sheet()!.freeze = { rows, columns: 0 })),
        freezeColumns: (columns: number) => (fake.queue('freezeColumns', columns), (sheet()!.freeze = { rows: 0, columns })),
      },
      tables: {
        add(range: { address: string }, hasHeaders: boolean) {
          fake.queue('addTable', name, range.address, hasHeaders);
          const table: FakeTable = { name: `Table${fake.tables.length + 1}`, sheet: sheet()!, address: range.address };
          fake.tables.push(table);
          return {
            set name(value: string) {
              fake.queue('tableName', value);
              if (fake.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase())) throw new Error(`a table named ${value} exists`);
              table.name = value;
            },
          };
        },
      },
      charts,
    };
  }

  private tableProxy(name: string, orNull = false): unknown {
    const fake = this;
    const table = () => fake.table(name);
    if (!table() && !orNull) fake.fail(`table ${name}`);
    return {
      set name(value: string) {
        fake.queue('renameTable', name, value);
        table()!.name = value;
      },
      getRange: () => fake.rangeProxy(() => table()?.sheet, table()?.address ?? 'A1'),
      get worksheet() {
        return fake.worksheet(table()?.sheet.name ?? null, true);
      },
    };
  }

  private rangeProxy(sheet: () => FakeSheet | undefined, at: string | (() => string)): unknown {
    const fake = this;
    const address = typeof at === 'string' ? at : at();
    const write = (what: string, grid: Entry[][], apply: (cell: FakeCell, entry: Entry) => void) => {
      fake.queue(what, sheet()?.name, address, grid);
      const s = sheet()!;
      const o = parse(address.split(':')[0]);
      grid.forEach((row, r) =>
        row.forEach((entry, c) => {
          const key = `${letters(o.column + c)}${o.row + r + 1}`;
          const cell = s.cells.get(key) ?? { entry: '' };
          apply(cell, entry);
          s.cells.set(key, cell);
        }),
      );
    };
    const validation: FakeSheet['validations'][number] = { address };
    const range = {
      address,
      values: undefined as unknown,
      rowIndex: undefined as unknown,
      isNullObject: !sheet(),
      getBoundingRect: (other: { address: string }) => fake.rangeProxy(sheet, bounding(address, other.address)),
      set formulas(grid: Entry[][]) {
        write('formulas', grid, (cell, entry) => (cell.entry = entry));
      },
      set numberFormat(grid: Entry[][]) {
        write('numberFormat', grid, (cell, entry) => (cell.numberFormat = String(entry)));
      },
      load() {
        fake.loads.push(() => {
          range.values = sheet()?.values(address);
          range.rowIndex = parse(address.split(':')[0]).row;
          return range.values;
        });
        return range;
      },
      format: {
        set columnWidth(width: number) {
          fake.queue('columnWidth', address, width);
          sheet()!.columnWidths[address.split(':')[0]] = width;
        },
        font: {
          set bold(bold: boolean) {
            fake.queue('bold', address, bold);
            for (const key of cellsOf(address)) sheet()!.cells.set(key, { entry: '', ...sheet()!.cells.get(key), bold });
          },
        },
      },
      dataValidation: {
        set rule(rule: Excel.DataValidationRule) {
          fake.queue('validationRule', address, rule);
          validation.rule = rule;
          if (!sheet()!.validations.includes(validation)) sheet()!.validations.push(validation);
        },
        set errorAlert(alert: Excel.DataValidationErrorAlert) {
          fake.queue('validationAlert', address, alert);
          validation.errorAlert = alert;
          if (!sheet()!.validations.includes(validation)) sheet()!.validations.push(validation);
        },
      },
      conditionalFormats: {
        add(type: string) {
          fake.queue('conditionalFormat', address, type);
          const format: FakeSheet['conditionalFormats'][number] = { address };
          sheet()!.conditionalFormats.push(format);
          return {
            custom: {
              rule: { set formula(f: string) { fake.queue('cfFormula', f); format.formula = f; } },
              format: {
                fill: { set color(c: string) { fake.queue('cfFill', c); format.fill = c; } },
                font: { set color(c: string) { fake.queue('cfFont', c); format.fontColor = c; } },
              },
            },
          };
        },
      },
    };
    return range;
  }

  private chartProxy(chart: FakeChart): unknown {
    const fake = this;
    const series = (s: FakeChart['series'][number]) => ({
      set name(value: string) { fake.queue('seriesName', value); s.name = value; },
      setValues: (range: { address: string }) => { fake.queue('seriesValues', range.address); s.values = range.address; },
      setXAxisValues: (range: { address: string }) => { fake.queue('seriesX', range.address); s.xValues = range.address; },
    });
    return {
      set name(value: string) { fake.queue('chartName', value); chart.name = value; },
      title: { set text(value: string) { fake.queue('chartTitle', value); chart.title = value; } },
      legend: chart.legend,
      set width(value: number) { chart.width = value; },
      set height(value: number) { chart.height = value; },
      setPosition: (cell: string) => { fake.queue('chartPosition', cell); chart.position = cell; },
      series: {
        getItemAt: (i: number) => series(chart.series[i]),
        add: (name: string) => {
          fake.queue('addSeries', name);
          const s = { name };
          chart.series.push(s);
          return series(s);
        },
      },
      getImage: () => {
        fake.queue('getImage', chart.name);
        const result = { value: '' };
        fake.loads.push(() => (result.value = `PNG:${chart.name}`));
        return result;
      },
    };
  }
}

/** Installs `fake` as the globals Excel and Office; returns a function restoring the previous ones. */
export function installFakeExcel(fake: FakeExcel, options: FakeExcelOptions = {}): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = fake.excel();
  g.Office = fake.office(options);
  return () => {
    g.Excel = before.Excel;
    g.Office = before.Office;
  };
}

// ---------------------------------------------------------------------------------------------
// Hand-made plans

export const LEVELS = ['初级', '中级', '高级', '资深'];

export interface SamplePlanOptions {
  people: number;
  competencies: number;
  /** A list validation whose literal would pass Excel's 255 characters. */
  longList?: boolean;
}

function col(index: number): string {
  return letters(index);
}

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
