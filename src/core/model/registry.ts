import { builtInCatalogue } from './catalogue';
import type { CompetencyModel, LevelModel, PointsModel, Scale } from './types';

export { DEFAULT_MODEL_ID, builtInModelList, builtInScaleList, loadBuiltInModel, loadBuiltInModels } from './built-in';

/*
 * Look-ups among the built-in models only. What a workbook's formulas or pane can name (its own
 * models too) is a ModelCatalogue, which the runtime's ModelSource hands out.
 */

export function findModel(id: string | null | undefined): CompetencyModel {
  return builtInCatalogue().model(id);
}

export function findLevelModel(id: string | null | undefined): LevelModel {
  return builtInCatalogue().levelModel(id);
}

export function findPointsModel(id: string | null | undefined): PointsModel {
  return builtInCatalogue().pointsModel(id);
}

export function findScale(id: string | null | undefined): Scale {
  return builtInCatalogue().scale(id);
}
