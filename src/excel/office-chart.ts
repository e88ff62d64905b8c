import type { PlanChart, WorkbookPlan } from '../core/plan/plan';
import { parseRange, rangeSize, splitSheetReference } from '../core/a1';
import { CHART_SIZE_POINTS } from '../core/plan/levels';

/**
 * The profile charts as native Excel radar charts (ExcelApi 1.7 for the explicit series): one
 * series for the actual levels, one for the target profile, both over the competency names.
 * Charts are found again by name, so drawing twice never stacks a second chart.
 */

const CHART_NAME: Record<PlanChart['kind'], string> = {
  'person-radar': 'CompetencyPersonRadar',
  'team-radar': 'CompetencyTeamRadar',
};

/** Size in points, as core leaves room for it: wide enough for 30 axis labels. */
const { width: CHART_WIDTH, height: CHART_HEIGHT } = CHART_SIZE_POINTS;

/** Stable chart names, in plan order: the first of a kind takes the plain name, later ones "_2", "_3". */
export function chartNames(charts: readonly PlanChart[]): string[] {
  const seen = new Map<string, number>();
  return charts.map((chart) => {
    const n = (seen.get(chart.kind) ?? 0) + 1;
    seen.set(chart.kind, n);
    return n === 1 ? CHART_NAME[chart.kind] : `${CHART_NAME[chart.kind]}_${n}`;
  });
}

/** The person-radar chart of a plan, with its name; null when the plan draws none. */
export function personChart(plan: WorkbookPlan): { chart: PlanChart; name: string } | null {
  const names = chartNames(plan.charts);
  const index = plan.charts.findIndex((c) => c.kind === 'person-radar');
  return index < 0 ? null : { chart: plan.charts[index], name: names[index] };
}

function sourceRange(context: Excel.RequestContext, chart: PlanChart, reference: string): Excel.Range {
  const { sheet = chart.sheet, range } = splitSheetReference(reference);
  return context.workbook.worksheets.getItem(sheet).getRange(range);
}

/**
 * Queues a radar chart as the plan describes it (no sync) and returns the step that gives it its
 * two series, to run after the next sync. How many series charts.add makes over a source whose
 * cells are all empty (no ratings yet) is not documented, so the step counts them first: it
 * reuses the first one, deletes any others, and adds what is missing.
 */
export function addRadarChart(context: Excel.RequestContext, chart: PlanChart, name: string): () => void {
  const actual = sourceRange(context, chart, chart.actual);
  const cells = parseRange(splitSheetReference(chart.actual).range);
  if (!cells) throw new Error(`The chart "${name}" of the plan draws "${chart.actual}", which is not a range such as "C5:C22".`);
  const shape = rangeSize(cells);
  const chartObject = context.workbook.worksheets.getItem(chart.sheet).charts.add('RadarMarkers', actual, shape.columns === 1 ? 'Columns' : 'Rows');
  chartObject.name = name;
  chartObject.title.text = chart.title;
  chartObject.legend.visible = true;
  chartObject.legend.position = 'Bottom';
  chartObject.setPosition(chart.anchor);
  chartObject.width = CHART_WIDTH;
  chartObject.height = CHART_HEIGHT;
  const made = chartObject.series.load('count');

  return () => {
    for (let i = made.count - 1; i >= 1; i--) chartObject.series.getItemAt(i).delete();
    const actualSeries = made.count > 0 ? chartObject.series.getItemAt(0) : chartObject.series.add(chart.seriesNames.actual);
    actualSeries.name = chart.seriesNames.actual;
    actualSeries.setValues(actual);
    actualSeries.setXAxisValues(sourceRange(context, chart, chart.categories));

    const targetSeries = chartObject.series.add(chart.seriesNames.target);
    targetSeries.setValues(sourceRange(context, chart, chart.target));
    targetSeries.setXAxisValues(sourceRange(context, chart, chart.categories));
  };
}

/**
 * Queues every chart of the plan whose name is not in `existing` (sheet name -> chart names);
 * returns their series steps, to run after the next sync (see addRadarChart).
 */
export function addMissingCharts(context: Excel.RequestContext, charts: readonly PlanChart[], existing: Map<string, Set<string>>): (() => void)[] {
  const names = chartNames(charts);
  const steps: (() => void)[] = [];
  charts.forEach((chart, i) => {
    if (existing.get(chart.sheet)?.has(names[i])) return;
    steps.push(addRadarChart(context, chart, names[i]));
  });
  return steps;
}
