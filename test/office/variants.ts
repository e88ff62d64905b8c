import type { MockBehaviour } from './mock/state';

/**
 * The answers the Excel mock gives where Microsoft documents none. The jest project
 * "excel-unknowns" (jest.config.js) runs every Excel test again under the other answer of each, so
 * code that passes both runs depends on none of them.
 */
export const VARIANTS: Record<string, Partial<MockBehaviour>> = {
  kind: { nullObjects: 'propagate', intersectOtherSheet: 'null', emptyChartSource: 'series' },
  harsh: { nullObjects: 'fail', intersectOtherSheet: 'throw', emptyChartSource: 'none' },
};

/** The variant of this run: EXCEL_MOCK_VARIANT, or "kind". */
export function currentVariant(): Partial<MockBehaviour> {
  const name = process.env.EXCEL_MOCK_VARIANT ?? 'kind';
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`EXCEL_MOCK_VARIANT "${name}" is not one of ${Object.keys(VARIANTS).join(', ')}`);
  return variant;
}
