import { MockOfficeError, formatArea, sheetPrefix } from './a1';
import { MockClientObject, MockClientResult, MockCollection, type Resolver } from './base';
import type { MockRange } from './range';
import type { ChartSeriesState, ChartState, RangeState, SheetState } from './state';
import type { MockRequestContext } from './workbook';

/** Charts and chart series of the counting mock (see ../counting-mock.ts). */

function rangeText(range: RangeState): string {
  return `${sheetPrefix(range.sheet.name)}!${formatArea(range.area)}`;
}

function isBlank(range: RangeState): boolean {
  for (let r = 0; r < range.area.rows; r++) {
    for (let c = 0; c < range.area.columns; c++) {
      const cell = range.sheet.get(range.area.top + r, range.area.left + c);
      if (cell && (cell.formula !== undefined ? cell.value !== '' : cell.value !== '')) return false;
    }
  }
  return true;
}

/** A property object written through (title, legend): setters queue, getters are not mocked. */
function writeOnly<K extends string>(context: MockRequestContext, owner: string, names: readonly K[], apply: (name: K, value: unknown) => void): Record<K, unknown> {
  const object = {} as Record<K, unknown>;
  for (const name of names) {
    Object.defineProperty(object, name, {
      get: () => {
        throw new MockOfficeError('PropertyNotLoaded', `${owner}.${name} is not mocked for reading`);
      },
      set: (value: unknown) => context.enqueue(() => apply(name, value), { payload: value, member: `${owner}.${name}` }),
    });
  }
  return object;
}

export class MockChartSeries extends MockClientObject<ChartSeriesState> {
  protected readonly scalarNames = ['name'] as const;
  constructor(context: MockRequestContext, resolve: Resolver<ChartSeriesState>) {
    super(context, resolve, 'ChartSeries');
  }
  protected scalar(name: string, series: ChartSeriesState): unknown {
    if (name === 'name') return series.name;
    throw new MockOfficeError('InvalidArgument', `ChartSeries.${name} is not mocked`);
  }
  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.write('name', (series) => (series.name = name), name);
  }
  setValues(range: MockRange): void {
    this.call('setValues', (series) => (series.values = rangeText(this.rangeOf(range))), 'range');
  }
  setXAxisValues(range: MockRange): void {
    this.call('setXAxisValues', (series) => (series.xValues = rangeText(this.rangeOf(range))), 'range');
  }
  delete(): void {
    this.call('delete', (series) => {
      for (const sheet of this.context.workbookState.sheets) {
        for (const chart of sheet.charts) {
          const i = chart.series.indexOf(series);
          if (i >= 0) chart.series.splice(i, 1);
        }
      }
    });
  }
  private rangeOf(range: MockRange): RangeState {
    const target = range.target();
    if (!target) throw new MockOfficeError('InvalidArgument', 'a chart series over a null range');
    return target;
  }
}

export class MockChartSeriesCollection extends MockCollection<ChartSeriesState, MockChartSeries> {
  constructor(context: MockRequestContext, private readonly chart: () => ChartState | null) {
    super(context, () => chart()?.series ?? null, 'ChartSeriesCollection');
  }
  protected makeItem(resolve: Resolver<ChartSeriesState>): MockChartSeries {
    return new MockChartSeries(this.context, resolve);
  }
  getItemAt(index: number): MockChartSeries {
    return new MockChartSeries(this.context, () => {
      const chart = this.chart();
      if (chart === null) return this.context.fromNullObject('Chart');
      const series = chart.series[index];
      if (!series) throw new MockOfficeError('ItemNotFound', `the chart "${chart.name}" has no series ${index}`);
      return series;
    });
  }
  add(name?: string): MockChartSeries {
    let created: ChartSeriesState | null = null;
    this.context.enqueue(() => {
      const chart = this.chart();
      if (!chart) throw new MockOfficeError('InvalidOperation', 'series added to a null chart');
      created = { name: name ?? `Series${chart.series.length + 1}` };
      chart.series.push(created);
    }, { payload: name, member: 'ChartSeriesCollection.add' });
    return new MockChartSeries(this.context, () => {
      if (!created) throw new MockOfficeError('InvalidOperation', 'the added series is used before the add ran');
      return created;
    });
  }
}

export class MockChart extends MockClientObject<ChartState> {
  protected readonly scalarNames = ['name', 'width', 'height'] as const;
  readonly title: Record<'text', unknown>;
  readonly legend: Record<'visible' | 'position', unknown>;

  constructor(context: MockRequestContext, resolve: Resolver<ChartState>) {
    super(context, resolve, 'Chart');
    const chart = () => this.mustTarget('setting a chart property');
    this.title = writeOnly(context, 'ChartTitle', ['text'] as const, (_, value) => (chart().title = String(value)));
    this.legend = writeOnly(context, 'ChartLegend', ['visible', 'position'] as const, (name, value) => {
      if (name === 'visible') chart().legend.visible = Boolean(value);
      else chart().legend.position = String(value);
    });
  }
  protected scalar(name: string, chart: ChartState): unknown {
    if (name === 'name') return chart.name;
    if (name === 'width') return chart.width ?? 360;
    if (name === 'height') return chart.height ?? 216;
    throw new MockOfficeError('InvalidArgument', `Chart.${name} is not mocked`);
  }
  protected override navigationProperty(name: string): MockClientObject<unknown> | undefined {
    if (name === 'series') return this.series as MockClientObject<unknown>;
    return undefined;
  }
  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.write('name', (chart) => (chart.name = name), name);
  }
  set width(width: number) {
    this.write('width', (chart) => (chart.width = width), width);
  }
  set height(height: number) {
    this.write('height', (chart) => (chart.height = height), height);
  }
  get series(): MockChartSeriesCollection {
    return this.nav('series', () => new MockChartSeriesCollection(this.context, () => this.target()));
  }
  setPosition(start: string | MockRange): void {
    this.call('setPosition', (chart) => {
      chart.position = typeof start === 'string' ? start : formatArea(start.target()!.area);
    }, typeof start === 'string' ? start : 'range');
  }
  getImage(): MockClientResult<string> {
    return new MockClientResult(this.context, () => `PNG:${this.mustTarget('getImage').name}`);
  }
}

export class MockChartCollection extends MockCollection<ChartState, MockChart> {
  constructor(context: MockRequestContext, private readonly sheet: () => SheetState | null) {
    super(context, () => sheet()?.charts ?? null, 'ChartCollection');
  }
  protected makeItem(resolve: Resolver<ChartState>): MockChart {
    return new MockChart(this.context, resolve);
  }
  private find(name: string): ChartState | null {
    return (this.target() ?? []).find((c) => c.name === name) ?? null;
  }
  getItem(name: string): MockChart {
    return new MockChart(this.context, () => {
      const chart = this.find(name);
      if (!chart) throw new MockOfficeError('ItemNotFound', `no chart "${name}"`);
      return chart;
    });
  }
  getItemOrNullObject(name: string): MockChart {
    return new MockChart(this.context, () => this.find(name));
  }
  /**
   * charts.add: one series per row or column of the source; over a source whose cells are all
   * empty, Excel's answer is not documented (the mock's `emptyChartSource` switch).
   */
  add(type: string, source: MockRange, seriesBy = 'Auto'): MockChart {
    let created: ChartState | null = null;
    this.context.enqueue(() => {
      const sheet = this.sheet();
      const range = source.target();
      if (!sheet || !range) throw new MockOfficeError('InvalidArgument', 'a chart needs a worksheet and a source range');
      const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && range.area.rows >= range.area.columns);
      const count = byColumns ? range.area.columns : range.area.rows;
      const none = isBlank(range) && this.context.workbookState.behaviour.emptyChartSource === 'none';
      created = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: rangeText(range),
        seriesBy,
        title: '',
        legend: {},
        series: none ? [] : Array.from({ length: count }, (_, i) => ({ name: `Series${i + 1}` })),
      };
      sheet.charts.push(created);
    }, { payload: [type, seriesBy], member: 'ChartCollection.add' });
    return new MockChart(this.context, () => {
      if (!created) throw new MockOfficeError('InvalidOperation', 'the added chart is used before the add ran');
      return created;
    });
  }
}
