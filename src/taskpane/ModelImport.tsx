import { useState, type ReactNode } from 'react';
import { builtInModelList } from '../core/model/registry';
import { localize } from '../core/text';
import type { CompetencyModel } from '../core/model/types';
import type { WorkbookSettings } from '../host/workbook-operations';
import { lazyModule } from './lazy-part';
import type { Pending } from './ModelImportConfirm';
import type { NoticeMessage } from './Notice';
import { usePaneLanguage } from './pane-context';

/** The version planning and its question load with the first import, not with the pane. */
const importModule = lazyModule(() => import(/* webpackChunkName: "model-import" */ './ModelImportConfirm'));
const ModelImportConfirm = importModule.part((module) => module.ModelImportConfirm);

/**
 * Importing a model (a file, or the Model sheet read back): core decides its version against the
 * workbook's model; when it replaces something the user sees what changed and confirms first.
 * `store` makes the model the workbook's own. Returns the import function and the dialog to render.
 */
export function useModelImport(settings: WorkbookSettings | null, store: (model: CompetencyModel) => Promise<void>): { importModel(model: CompetencyModel): Promise<NoticeMessage>; dialog: ReactNode } {
  const { t, locale } = usePaneLanguage();
  const [pending, setPending] = useState<Pending | null>(null);

  async function importModel(imported: CompetencyModel): Promise<NoticeMessage> {
    const { planModelImport } = await importModule.preload();
    const plan = planModelImport(imported, settings?.customModel, builtInModelList());
    if (plan.replaces) {
      const yes = await new Promise<boolean>((answer) => setPending({ plan, answer }));
      setPending(null);
      if (!yes) return { intent: 'info', text: t.importCancelled };
    }
    await store(plan.model);
    const name = localize(plan.model.name, locale);
    if (!plan.previous) return { intent: 'success', text: t.modelImported(name) };
    if (!plan.changed) return { intent: 'success', text: t.modelUnchanged(name, plan.model.version) };
    return { intent: 'success', text: t.modelImportedVersion(name, plan.previous.version, plan.model.version) };
  }

  const dialog = pending ? <ModelImportConfirm pending={pending} /> : null;
  return { importModel, dialog };
}
