import type { CompetencyModel, LevelModel, Locale } from '../../src/core/model/types';
import { verbatim } from '../../src/core/message';
import type {
  AssessmentOperations,
  AssessmentSnapshot,
  AuditVerification,
  BuildAssessmentRequest,
  BuildAssessmentResult,
  ModelImportResult,
  ModelUpdateResult,
  NativeShareResult,
} from '../../src/host/assessment-operations';

/**
 * Stand-ins for the whole-assessment operations, which the pane tests only need to record and
 * answer (the workbook operations are real: pane-workbook.ts).
 */

/** Whole-assessment operations that record what they were asked. */
export class FakeAssessmentOperations implements AssessmentOperations {
  hasSheets = false;
  importResult: ModelImportResult = { ok: false, issues: [{ row: 2, message: verbatim('no model') }] };
  snapshot: AssessmentSnapshot = {
    modelId: 'ct-am',
    modelVersion: '1',
    modelName: 'ct-am',
    scaleLabels: ['初级', '中级', '高级', '资深'],
    competencies: [{ id: 'resilience', name: '抗挫能力' }],
    people: [{ name: '张三', role: '客户经理', levels: [2], targets: [3] }],
  };
  readonly calls = {
    buildAssessment: [] as BuildAssessmentRequest[],
    hasAssessmentSheets: 0,
    importModelFromSheet: 0,
    readAssessment: [] as { modelId: string; locale: Locale }[],
    drawProfileCharts: [] as { person: string | null; locale: Locale }[],
    deliverFile: [] as { fileName: string; data: Uint8Array; mimeType: string }[],
    shareWithoutAddIn: [] as { modelId: string; locale: Locale }[],
    verifyAuditLog: 0,
  };
  verification: AuditVerification = { status: 'intact', checked: 3, beforeChain: 0 };
  /** Excel converts in place (the pane asks first); the workbench makes a copy. */
  sharesInPlace = false;
  shareResult: NativeShareResult = { converted: 12, unconverted: [], fileName: 'ct-am (no add-in).xlsx' };

  async buildAssessment(request: BuildAssessmentRequest): Promise<BuildAssessmentResult> {
    this.calls.buildAssessment.push(request);
    return { sheets: ['Model', 'Targets', 'Assessment', 'Evidence', 'Audit'], table: 'Assessment' };
  }
  async hasAssessmentSheets(): Promise<boolean> {
    this.calls.hasAssessmentSheets++;
    return this.hasSheets;
  }
  /** The fake has no built Assessment table: an import only changes the settings. */
  async previewModelUpdate(): Promise<null> {
    return null;
  }
  async applyModelUpdate(): Promise<ModelUpdateResult> {
    throw new Error('The fake workbook has no Assessment table to update.');
  }
  async importModelFromSheet(): Promise<ModelImportResult> {
    this.calls.importModelFromSheet++;
    return this.importResult;
  }
  async readAssessment(model: CompetencyModel, locale: Locale): Promise<AssessmentSnapshot> {
    this.calls.readAssessment.push({ modelId: model.id, locale });
    return this.snapshot;
  }
  async drawProfileCharts(person: string | null, locale: Locale): Promise<void> {
    this.calls.drawProfileCharts.push({ person, locale });
  }
  async profileChartImage(): Promise<string> {
    return '';
  }
  async deliverFile(fileName: string, data: Uint8Array, mimeType: string): Promise<void> {
    this.calls.deliverFile.push({ fileName, data, mimeType });
  }
  async shareWithoutAddIn(model: CompetencyModel, locale: Locale): Promise<NativeShareResult> {
    this.calls.shareWithoutAddIn.push({ modelId: model.id, locale });
    return this.shareResult;
  }
  async verifyAuditLog(): Promise<AuditVerification> {
    this.calls.verifyAuditLog++;
    return this.verification;
  }
}

export const XSS = '<img src=x onerror=alert(1)>';

/** A small valid model whose texts are HTML, to check the pane shows them as text. */
export function htmlTextModel(): LevelModel {
  return {
    id: 'html-model',
    version: '1',
    kind: 'levels',
    name: { zh: `模型 ${XSS}`, en: `Model ${XSS}` },
    scale: {
      id: 'two',
      name: { en: 'Two levels' },
      levels: [
        { id: 'L1', label: { zh: '一级', en: 'One' } },
        { id: 'L2', label: { zh: `二级${XSS}`, en: `Two${XSS}` } },
      ],
    },
    classes: [{ id: 'c', name: { en: 'Class' } }],
    competencies: [
      {
        id: 'markup',
        classId: 'c',
        name: { zh: `标记${XSS}`, en: `Markup${XSS}` },
        definition: { en: `Defined as ${XSS}` },
        levels: [
          { levelId: 'L1', summary: { en: `Summary ${XSS}` }, indicators: [{ en: `Indicator ${XSS}` }] },
          { levelId: 'L2', indicators: [], missing: true, note: `note ${XSS}` },
        ],
      },
    ],
  };
}
