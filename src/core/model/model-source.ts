import { onBuiltInModelsChange } from './built-in';
import { builtInCatalogue, modelCatalogue, type ModelCatalogue } from './catalogue';
import type { CompetencyModel } from './types';

/**
 * Where the functions and the pane get their models: the runtime owns one per page. It knows the
 * built-in models as their data arrives (each is a chunk loaded on first need; a catalogue says
 * ModelLoadingError for one on its way); `ready` settles when the workbook's own models are known
 * (read from the workbook's settings at start, then updated whenever the settings change).
 * Listeners hear of both.
 */
export class ModelSource {
  private current: ModelCatalogue = builtInCatalogue();
  private known = false;
  private settle!: () => void;
  private readonly listeners = new Set<(catalogue: ModelCatalogue) => void>();
  /** Settles once the workbook's models are known (possibly none). */
  readonly ready: Promise<void> = new Promise((resolve) => (this.settle = resolve));

  constructor() {
    // The page's one source lives as long as the page: it never unsubscribes.
    onBuiltInModelsChange(() => {
      this.current = modelCatalogue(this.workbookModels());
      for (const listener of this.listeners) listener(this.current);
    });
  }

  catalogue(): ModelCatalogue {
    return this.current;
  }

  /** True once the workbook's models are known; before that an unknown name may still turn up. */
  get isReady(): boolean {
    return this.known;
  }

  /** The workbook's models as its settings hold them now (an empty list when it has none, or they could not be read). */
  setWorkbookModels(models: readonly CompetencyModel[]): void {
    const known = this.workbookModels();
    // The same models read again (the pane and the runtime both read the settings) change nothing.
    const same = this.known && models.length === known.length && models.every((m, i) => m === known[i] || JSON.stringify(m) === JSON.stringify(known[i]));
    if (same) return;
    this.current = modelCatalogue(models);
    this.known = true;
    this.settle();
    for (const listener of this.listeners) listener(this.current);
  }

  subscribe(listener: (catalogue: ModelCatalogue) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private workbookModels(): CompetencyModel[] {
    return this.current.models.filter((m) => this.current.isWorkbookModel(m));
  }
}
