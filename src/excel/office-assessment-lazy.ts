import type { AssessmentOperations } from '../host/assessment-operations';
import type { AuditTurns } from './office-rating-edits';

type Loaded = Promise<AssessmentOperations>;

/**
 * The pane's AssessmentOperations over Office.js, their module (office-assessment.ts with the
 * workbook plan, its applier, model updates and sharing) loaded on the first call: the rating
 * view, the pane's first render, uses none of it, so its first script leaves it out.
 */
export function createLazyOfficeAssessmentOperations(options: { now?: () => Date; edits?: AuditTurns } = {}): AssessmentOperations {
  let loaded: Loaded | null = null;
  const ops = (): Loaded =>
    (loaded ??= import(/* webpackChunkName: "workbook-actions" */ './office-assessment').then(
      (module) => module.createOfficeAssessmentOperations(options),
      // A chunk that failed to load (the connection dropped) is tried again next time.
      (error: unknown) => {
        loaded = null;
        throw error;
      },
    ));
  return {
    buildAssessment: async (request) => (await ops()).buildAssessment(request),
    hasAssessmentSheets: async (locale) => (await ops()).hasAssessmentSheets(locale),
    previewModelUpdate: async (request) => (await ops()).previewModelUpdate(request),
    applyModelUpdate: async (request) => (await ops()).applyModelUpdate(request),
    importModelFromSheet: async (locale) => (await ops()).importModelFromSheet(locale),
    readAssessment: async (model, locale) => (await ops()).readAssessment(model, locale),
    drawProfileCharts: async (person, locale) => (await ops()).drawProfileCharts(person, locale),
    profileChartImage: async () => (await ops()).profileChartImage(),
    deliverFile: async (fileName, data, mimeType) => (await ops()).deliverFile(fileName, data, mimeType),
    shareWithoutAddIn: async (model, locale) => (await ops()).shareWithoutAddIn(model, locale),
    // Known before the module loads (the pane labels its button with it): Excel converts the workbook itself.
    sharesInPlace: true,
    verifyAuditLog: async () => (await ops()).verifyAuditLog(),
  };
}
