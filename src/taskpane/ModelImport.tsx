import { useState, type ReactNode } from 'react';
import { builtInModelList, loadBuiltInModel } from '../core/model/registry';
import { localize } from '../core/text';
import type { CompetencyModel } from '../core/model/types';
import type { WorkbookSettings } from '../host/workbook-operations';
import type { AssessmentOperations, ModelUpdatePreview } from '../host/assessment-operations';
import { lazyModule } from './lazy-part';
import type { Pending } from './ModelImportConfirm';
import type { NoticeMessage } from './Notice';
import { usePaneLanguage } from './pane-context';

/** The version planning and its question load with the first import, not with the pane. */
const importModule = lazyModule(() => import(/* webpackChunkName: "model-import" */ './ModelImportConfirm'));
const ModelImportConfirm = importModule.part((module) => module.ModelImportConfirm);

/** The built sheets a new model version carries over (core model-update.ts); absent where the pane has no workbook to build in. */
export interface SheetUpdate {
  assessmentOps?: AssessmentOperations;
  assessor: string;
}

/**
 * Importing a model (a file, or the Model sheet read back): core decides its version against the
 * workbook's model; when it replaces something the user sees what changed and confirms first.
 * A new version of the model the sheets were built with also carries the sheets over, column by
 * competency id: the dialog lists what happens to each column, and nothing is written before the
 * user says yes. `store` makes the model the workbook's own. Returns the import function and the
 * dialog to render.
 */
export function useModelImport(
  settings: WorkbookSettings | null,
  store: (model: CompetencyModel) => Promise<void>,
  sheets: SheetUpdate = { assessor: '' },
): { importModel(model: CompetencyModel): Promise<NoticeMessage>; dialog: ReactNode } {
  const { t, locale } = usePaneLanguage();
  const [pending, setPending] = useState<Pending | null>(null);

  async function importModel(imported: CompetencyModel): Promise<NoticeMessage> {
    const { planModelImport, describeUpdateDone, UPDATE_STALE } = await importModule.preload();
    // A file of a built-in model's id updates it: its data (what the update compares against) must be here.
    await loadBuiltInModel(imported.id);
    const plan = planModelImport(imported, settings?.customModel, builtInModelList());
    const ops = sheets.assessmentOps;
    const request = plan.previous && plan.changed ? { previous: plan.previous, model: plan.model, locale } : null;
    const update: ModelUpdatePreview | null = ops && request ? await ops.previewModelUpdate(request) : null;
    if (plan.replaces) {
      const yes = await new Promise<boolean>((answer) => setPending({ plan, update, answer }));
      setPending(null);
      if (!yes) return { intent: 'info', text: t.importCancelled };
    }
    let done = '';
    if (ops && request && update) {
      const result = await ops.applyModelUpdate({ ...request, assessor: sheets.assessor, expected: update });
      if (result.status === 'changed') return { intent: 'warning', text: localize(UPDATE_STALE, locale) };
      done = ` ${localize(describeUpdateDone(result.preview, result.archiveSheet), locale)}`;
    }
    await store(plan.model);
    const name = localize(plan.model.name, locale);
    if (!plan.previous) return { intent: 'success', text: t.modelImported(name) };
    if (!plan.changed) return { intent: 'success', text: t.modelUnchanged(name, plan.model.version) };
    return { intent: 'success', text: t.modelImportedVersion(name, plan.previous.version, plan.model.version) + done };
  }

  const dialog = pending ? <ModelImportConfirm pending={pending} /> : null;
  return { importModel, dialog };
}
