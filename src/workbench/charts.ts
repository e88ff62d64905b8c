import type { PlanChart } from '../core/plan/plan';
import { modelCatalogue, workbookModelsOf } from '../core/model/catalogue';
import { localize } from '../core/text';
import type { CompetencyModel, Locale } from '../core/model/types';
import { LAST_GOOD_SETTINGS_KEY, SETTINGS_KEY, readSettings } from '../core/settings';
import { validateModel } from '../core/model/validate';
import { parseRange, splitSheetReference } from '../core/a1';
import { valueText } from './format';
import { RADAR_COLORS, type RadarData } from './radar';
import type { WorkbenchWorkbook } from './workbook';

/** The model the workbook's settings name (its own, or a built-in one), if any. */
export function workbookModel(workbook: WorkbenchWorkbook): CompetencyModel | undefined {
  const { settings } = readSettings(workbook.settings.get(SETTINGS_KEY), workbook.settings.get(LAST_GOOD_SETTINGS_KEY), validateModel);
  if (!settings) return undefined;
  return modelCatalogue(workbookModelsOf(settings)).find(settings.modelId);
}

/** The cells a chart reference names ("Sheet!A1:B2", or A1 on the chart's sheet), flattened in reading order. */
function cellsOf(workbook: WorkbenchWorkbook, chart: PlanChart, reference: string) {
  const { sheet = chart.sheet, range } = splitSheetReference(reference);
  const cells = parseRange(range.replace(/\$/g, ''));
  const name = workbook.findSheet(sheet);
  // Only the used part: a chart over whole columns (A1:XFD2000) reads what is there, not millions of blanks.
  const used = cells && name ? workbook.usedPart(name, cells) : undefined;
  return used && name ? workbook.values(name, used).flat() : [];
}

const asLevel = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** What a radar shows, read from the chart's source cells now. */
export function chartData(workbook: WorkbenchWorkbook, chart: PlanChart, locale: Locale): RadarData {
  const categories = cellsOf(workbook, chart, chart.categories).map(valueText);
  const actual = cellsOf(workbook, chart, chart.actual).map(asLevel);
  const target = cellsOf(workbook, chart, chart.target).map(asLevel);
  const model = workbookModel(workbook);
  const ringLabels = model?.scale.levels.map((level) => localize(level.label, locale));
  const highest = Math.max(0, ...actual.map((v) => v ?? 0), ...target.map((v) => v ?? 0));
  return {
    title: chart.title,
    categories,
    series: [
      { name: chart.seriesNames.actual, values: actual, color: RADAR_COLORS.actual },
      { name: chart.seriesNames.target, values: target, color: RADAR_COLORS.target, dashed: true },
    ],
    max: Math.max(ringLabels?.length ?? 0, Math.ceil(highest), 1),
    ringLabels,
  };
}
