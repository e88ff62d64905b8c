import { useMemo } from 'react';
import { parseCell } from '../../core/a1';
import { chartData } from '../charts';
import { radarSvg, RADAR_HEIGHT, RADAR_WIDTH } from '../radar';
import type { WorkbenchWorkbook } from '../workbook';
import { ROW_HEIGHT } from './geometry';

interface ChartLayerProps {
  workbook: WorkbenchWorkbook;
  sheet: string;
  version: number;
  lefts: number[];
  locale: 'zh-CN' | 'en-US';
  /** Which charts to draw: those anchored in the frozen rows (drawn with them) or below them. */
  part: { frozenRows: number; frozen: boolean };
  /** Where row 0 is, in the layer's container. */
  top: number;
}

/** The sheet's profile charts, drawn as SVG radars floating at their anchor cells as in Excel; they follow the cells they read. */
export function ChartLayer({ workbook, sheet, version, lefts, locale, part, top }: ChartLayerProps) {
  const charts = useMemo(
    () =>
      workbook
        .charts()
        .filter((chart) => chart.sheet === sheet && ((parseCell(chart.anchor)?.row ?? 0) < part.frozenRows) === part.frozen)
        .map((chart) => ({ chart, svg: radarSvg(chartData(workbook, chart, locale)) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version counts the workbook's changes; the workbook object itself stays the same
    [workbook, sheet, version, locale, part.frozenRows, part.frozen],
  );
  return (
    <>
      {charts.map(({ chart, svg }, i) => {
        const anchor = parseCell(chart.anchor) ?? { row: 0, col: 0 };
        const left = lefts[Math.min(anchor.col, lefts.length - 1)] ?? 0;
        return (
          <figure
            key={`${chart.kind}-${i}`}
            className="wb-chart"
            data-chart={chart.kind}
            aria-label={chart.title}
            style={{ left, top: top + anchor.row * ROW_HEIGHT, width: RADAR_WIDTH, height: RADAR_HEIGHT }}
            // The SVG is built from escaped text by radarSvg.
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        );
      })}
    </>
  );
}
