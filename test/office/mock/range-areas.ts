import { MockOfficeError, contains, formatArea, sheetPrefix, type Area } from './a1';
import { MockClientObject, MockCollection, type Resolver } from './base';
import { MockRange } from './range';
import type { RangeState, SheetState } from './state';
import type { MockRequestContext } from './workbook';

/** RangeAreas and RangeCollection (ExcelApi 1.9) of the counting mock, as Range.getMergedAreasOrNullObject gives them. */

export interface RangeAreasState {
  sheet: SheetState;
  areas: Area[];
}

/** Excel's documented limit: with more merged areas in the range the method fails. */
export const MERGED_AREAS_LIMIT = 512;

/**
 * The merged areas Range.getMergedAreasOrNullObject (ExcelApi 1.13) reports for `range`: null when
 * there are none. As Excel does (office-js#3611), an area counts when its top-left cell lies in
 * the range, and it is reported whole; one merely overlapping the range from above or the left is not.
 */
export function mergedAreasIn(range: RangeState): RangeAreasState | null {
  const areas = range.sheet.merges
    .filter((m) => contains(range.area, { top: m.top, left: m.left, rows: 1, columns: 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  if (areas.length > MERGED_AREAS_LIMIT) {
    throw new MockOfficeError('GeneralException', `the range holds ${areas.length} merged areas; getMergedAreasOrNullObject fails above ${MERGED_AREAS_LIMIT}`);
  }
  return areas.length === 0 ? null : { sheet: range.sheet, areas };
}

export class MockRangeCollection extends MockCollection<RangeState, MockRange> {
  constructor(context: MockRequestContext, resolve: Resolver<RangeState[]>) {
    super(context, resolve, 'RangeCollection');
  }
  protected makeItem(resolve: Resolver<RangeState>): MockRange {
    return new MockRange(this.context, resolve);
  }
}

export class MockRangeAreas extends MockClientObject<RangeAreasState> {
  protected readonly scalarNames = ['address', 'addressLocal', 'areaCount', 'cellCount'] as const;

  constructor(context: MockRequestContext, resolve: Resolver<RangeAreasState>) {
    super(context, resolve, 'RangeAreas');
  }

  protected scalar(name: string, state: RangeAreasState): unknown {
    switch (name) {
      case 'address':
      case 'addressLocal':
        // "Sheet1!A1:H1, Sheet1!B2:B3": the sheet named on every area.
        return state.areas.map((a) => `${sheetPrefix(state.sheet.name)}!${formatArea(a)}`).join(', ');
      case 'areaCount':
        return state.areas.length;
      case 'cellCount':
        return state.areas.reduce((sum, a) => sum + a.rows * a.columns, 0);
      default:
        throw new MockOfficeError('InvalidArgument', `RangeAreas.${name} is not mocked`);
    }
  }

  protected override navigationProperty(name: string): MockClientObject<unknown> | undefined {
    if (name === 'areas') return this.areas as MockClientObject<unknown>;
    return undefined;
  }

  get areas(): MockRangeCollection {
    return this.nav('areas', () => new MockRangeCollection(this.context, () => {
      const state = this.target();
      return state === null ? this.context.fromNullObject('RangeAreas') : state.areas.map((area) => ({ sheet: state.sheet, area }));
    }));
  }
  get address(): string {
    return this.get('address');
  }
  get addressLocal(): string {
    return this.get('addressLocal');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
}
