import { estimateJsonBytes, REQUEST_LIMIT_BYTES } from '../../../src/core/request-size';
import { MockOfficeError, formatArea } from './a1';
import { MockClientObject, MockCollection, cloneValue, type Resolver } from './base';
import { MockRange } from './range';
import { tableArea, type CellWrite, type Counters, type EventRegistration, type RangeState, type RunRecord, type SettingState, type TableState, type WorkbookState } from './state';
import { MockTableCollection } from './tables';
import { MockWorksheetCollection } from './worksheet';

/** The workbook proxy, settings, events and the request context of the counting mock (see ../counting-mock.ts). */

export class MockSetting extends MockClientObject<SettingState> {
  protected readonly scalarNames = ['key', 'value'] as const;
  constructor(context: MockRequestContext, resolve: Resolver<SettingState>) {
    super(context, resolve, 'Setting');
  }
  protected scalar(name: string, setting: SettingState): unknown {
    if (name === 'key') return setting.key;
    if (name === 'value') return this.context.workbookState.settings.get(setting.key);
    throw new MockOfficeError('InvalidArgument', `Setting.${name} is not mocked`);
  }
  get key(): string {
    return this.get('key');
  }
  get value(): unknown {
    return this.get('value');
  }
  set value(value: unknown) {
    this.write('value', (setting) => this.context.workbookState.settings.set(setting.key, cloneValue(value)));
  }
  delete(): void {
    this.context.enqueue(() => this.context.workbookState.settings.delete(this.mustTarget('delete').key));
  }
}

export class MockSettingCollection extends MockCollection<SettingState, MockSetting> {
  constructor(context: MockRequestContext) {
    super(context, () => [...context.workbookState.settings.keys()].map((key) => ({ key })), 'SettingCollection');
  }
  protected makeItem(resolve: Resolver<SettingState>): MockSetting {
    return new MockSetting(this.context, resolve);
  }
  add(key: string, value: unknown): MockSetting {
    this.context.enqueue(() => this.context.workbookState.settings.set(key, cloneValue(value)));
    return this.getItem(key);
  }
  getItem(key: string): MockSetting {
    return new MockSetting(this.context, () => {
      if (!this.context.workbookState.settings.has(key)) throw new MockOfficeError('ItemNotFound', `no setting "${key}"`);
      return { key };
    });
  }
  getItemOrNullObject(key: string): MockSetting {
    return new MockSetting(this.context, () => (this.context.workbookState.settings.has(key) ? { key } : null));
  }
}

export class MockEventHandlers {
  constructor(private readonly context: MockRequestContext, private readonly registrations: Set<EventRegistration>, private readonly source: EventRegistration['source'] = 'workbook') {}
  /** Registers at the next sync, as Office.js does; `remove()` is queued too. */
  add(handler: (args: unknown) => Promise<unknown> | void): { context: MockRequestContext; remove(): void } {
    const registration: EventRegistration = { handler, source: this.source };
    this.context.enqueue(() => this.registrations.add(registration));
    const registrations = this.registrations;
    return {
      context: this.context,
      remove(this: { context: MockRequestContext }) {
        this.context.enqueue(() => registrations.delete(registration));
      },
    };
  }
}

/** Workbook.protection: whether the workbook structure is protected (ExcelApi 1.7). */
export class MockWorkbookProtection extends MockClientObject<WorkbookState> {
  protected readonly scalarNames = ['protected'] as const;
  constructor(context: MockRequestContext) {
    super(context, () => context.workbookState, 'WorkbookProtection');
  }
  protected scalar(name: string, workbook: WorkbookState): unknown {
    if (name === 'protected') return workbook.protected;
    throw new MockOfficeError('InvalidArgument', `WorkbookProtection.${name} is not mocked`);
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

export class MockWorkbook extends MockClientObject<WorkbookState> {
  protected readonly scalarNames = ['name'] as const;
  readonly protection: MockWorkbookProtection;
  readonly worksheets: MockWorksheetCollection;
  readonly tables: MockTableCollection;
  readonly settings: MockSettingCollection;
  readonly onSelectionChanged: MockEventHandlers;

  constructor(context: MockRequestContext) {
    super(context, () => context.workbookState, 'Workbook');
    this.worksheets = new MockWorksheetCollection(context);
    this.protection = new MockWorkbookProtection(context);
    this.tables = new MockTableCollection(context, () => context.workbookState.tables, 'TableCollection');
    this.settings = new MockSettingCollection(context);
    this.onSelectionChanged = new MockEventHandlers(context, context.workbookState.selectionHandlers);
  }
  protected scalar(name: string): unknown {
    if (name === 'name') return 'Book1.xlsx';
    throw new MockOfficeError('InvalidArgument', `Workbook.${name} is not mocked`);
  }
  protected override navigationProperty(name: string): MockClientObject<unknown> | undefined {
    if (name === 'worksheets') return this.worksheets as MockClientObject<unknown>;
    if (name === 'tables') return this.tables as MockClientObject<unknown>;
    if (name === 'settings') return this.settings as MockClientObject<unknown>;
    if (name === 'protection') return this.protection as MockClientObject<unknown>;
    return undefined;
  }
  /** Office.js fails it while the workbook does not have the focus (office-js#5319). */
  getActiveCell(): MockRange {
    return new MockRange(this.context, () => {
      if (this.context.workbookState.unfocused) throw new MockOfficeError('InvalidSelection', 'the workbook does not have the focus, so it has no active cell');
      const { sheet, area } = this.context.workbookState.selection;
      return { sheet, area: { top: area.top, left: area.left, rows: 1, columns: 1 } };
    });
  }
  getSelectedRange(): MockRange {
    return new MockRange(this.context, () => ({ ...this.context.workbookState.selection }));
  }
}

/**
 * Members Microsoft's "Undo capabilities of Excel add-ins" lists without undo support, per platform:
 * inside `Excel.run({ mergeUndoGroup: true })` they fail the batch with UndoNotSupported.
 */
export const UNDO_UNSUPPORTED: Record<'web' | 'desktop', ReadonlySet<string>> = {
  web: new Set(['Worksheet.delete']),
  desktop: new Set(['Worksheet.delete', 'Worksheet.name', 'Worksheet.visibility']),
};

interface Command {
  run: () => void;
  /** "Worksheet.delete": the member a write or method call uses, for the undo rules. */
  member?: string;
}

export class MockRequestContext {
  readonly workbook: MockWorkbook;
  private pending: Command[] = [];
  private readonly objects: MockClientObject<unknown>[] = [];
  private requestPayload = 0;
  private writePayload = 0;
  private loadPayload = 0;

  constructor(readonly workbookState: WorkbookState, private readonly counters: Counters, private readonly run: RunRecord) {
    this.workbook = new MockWorkbook(this);
  }

  /** What a method called on a null object gives: a null object, or a failed sync (`nullObjects: 'fail'`). */
  fromNullObject(typeName: string): null {
    if (this.workbookState.behaviour.nullObjects === 'fail') throw new MockOfficeError('InvalidOperation', `a method was called on a null ${typeName}`);
    return null;
  }

  track(object: MockClientObject<unknown>): void {
    this.objects.push(object);
  }

  /**
   * Queues a command for the next sync. `payload` is what the request carries for it (values
   * written, arguments), measured with production's size estimate; `member` names the Office.js
   * member for the undo rules.
   */
  enqueue(command: () => void, options: { payload?: unknown; member?: string } = {}): void {
    this.requestPayload += 16 + (options.payload === undefined ? 0 : estimateJsonBytes(options.payload));
    this.pending.push({ run: command, member: options.member });
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  recordCellWrite(object: { target(): unknown }, kind: CellWrite['kind'], content: unknown): void {
    if (kind !== 'numberFormat' && content !== undefined) this.writePayload += estimateJsonBytes(content);
    this.enqueue(() => {
      const target = object.target() as RangeState | TableState | null;
      if (target === null) return;
      const write = 'area' in target
        ? { sheet: target.sheet.name, address: formatArea(target.area) }
        : { sheet: target.sheet.name, address: formatArea(tableArea(target)) };
      this.counters.writes.push({ ...write, kind });
    }, { payload: content });
  }

  countLoad(_name: string, value: unknown): void {
    this.loadPayload += estimateJsonBytes(value);
  }

  private checkUndo(command: Command): void {
    if (!this.run.options?.mergeUndoGroup || !command.member) return;
    if (UNDO_UNSUPPORTED[this.workbookState.platform].has(command.member)) {
      throw new MockOfficeError('UndoNotSupported', `${command.member} has no undo support, so it cannot run inside Excel.run({ mergeUndoGroup: true })`);
    }
  }

  async sync(): Promise<void> {
    this.counters.syncCount++;
    this.run.syncs++;
    this.counters.requestBytes.push(this.requestPayload);
    this.counters.largestWritePayload = Math.max(this.counters.largestWritePayload, this.writePayload);
    const request = this.requestPayload;
    this.requestPayload = 0;
    this.writePayload = 0;
    this.loadPayload = 0;
    const commands = this.pending;
    this.pending = [];
    try {
      const failing = this.workbookState.failingSync;
      if (failing && failing.at === this.counters.syncCount) {
        this.workbookState.failingSync = null;
        throw new MockOfficeError('GeneralException', failing.message);
      }
      if (request > REQUEST_LIMIT_BYTES) throw new MockOfficeError('RequestPayloadSizeLimitExceeded', `a request of ${request} bytes exceeds Excel on the web's ${REQUEST_LIMIT_BYTES}`);
      if (this.workbookState.cellEditing && !this.run.options?.delayForCellEdit) {
        throw new MockOfficeError('InvalidOperation', 'the user is editing a cell; the batch fails unless the run asks delayForCellEdit');
      }
      for (const command of commands) {
        this.checkUndo(command);
        command.run();
      }
      if (this.loadPayload > REQUEST_LIMIT_BYTES) throw new MockOfficeError('RequestPayloadSizeLimitExceeded', `a response of ${this.loadPayload} bytes exceeds Excel on the web's ${REQUEST_LIMIT_BYTES}`);
    } finally {
      this.counters.largestLoadPayload = Math.max(this.counters.largestLoadPayload, this.loadPayload);
      for (const object of this.objects) await object.settle();
    }
  }
}
