import { OfficeMockObject } from 'office-addin-mock';
import { MockOfficeError } from './a1';
import type { MockRequestContext } from './workbook';

/** What every proxy of the counting mock shares: queued loads, loaded values, null objects (see ../counting-mock.ts). */

export type Resolver<T> = () => T | null;
export type LoadArgument = string | string[] | Record<string, unknown> | undefined;

export const NOT_LOADED = new Set<unknown>(['Error, property was not loaded', 'Error, context.sync() was not called']);

export function loadPaths(argument: LoadArgument): string[] {
  if (argument === undefined) return ['*'];
  if (typeof argument === 'string') return argument.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(argument)) return argument.flatMap((a) => loadPaths(a));
  if (typeof argument.select === 'string' || typeof argument.expand === 'string') {
    return [...loadPaths(argument.select as string | undefined), ...loadPaths(argument.expand as string | undefined)].filter((p) => p !== '*');
  }
  return Object.entries(argument).flatMap(([name, value]) => {
    if (value === true) return [name];
    if (value && typeof value === 'object') return loadPaths(value as Record<string, unknown>).map((p) => `${name}/${p}`);
    return [];
  });
}

export function cloneValue<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** The loaded-value store of one proxy: an OfficeMockObject whose load/sync gate the values. */
export class LoadedValues {
  private readonly mock = new OfficeMockObject({});
  private readonly names = new Set<string>();

  /** Called while a sync runs its queue: the value as of this point of the queue. */
  record(name: string, value: unknown): void {
    (this.mock as unknown as { setValue(n: string, v: unknown): void }).setValue(name, cloneValue(value));
    this.mock.load(name);
    this.names.add(name);
  }

  async sync(): Promise<void> {
    await this.mock.sync();
    // OfficeMockObject publishes synced values a few microtasks after sync() returns.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }

  read(owner: string, name: string): unknown {
    const value: unknown = this.names.has(name) ? this.mock[name] : undefined;
    if (!this.names.has(name) || NOT_LOADED.has(value)) {
      throw new MockOfficeError('PropertyNotLoaded', `${owner}.${name} was not loaded: call load('${name}') and await context.sync() first`);
    }
    return value;
  }
}

export abstract class MockClientObject<T> {
  private readonly loaded = new LoadedValues();
  private readonly navigation = new Map<string, MockClientObject<unknown>>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: MockRequestContext,
    protected readonly resolveTarget: Resolver<T>,
    private readonly typeName: string,
  ) {
    context.track(this);
  }

  /** Scalar properties `load()` without arguments loads. */
  protected abstract readonly scalarNames: readonly string[];
  protected abstract scalar(name: string, target: T): unknown;
  /** Navigation properties (objects reached by a property), created lazily. */
  protected navigationProperty(_name: string): MockClientObject<unknown> | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new MockOfficeError('PropertyNotLoaded', `${this.typeName}.isNullObject is known only after context.sync()`);
    }
    return this.nullState;
  }

  load(argument?: LoadArgument): this {
    const paths = loadPaths(argument);
    this.context.enqueue(() => this.loadNow(paths));
    return this;
  }

  toJSON(): Record<string, unknown> {
    return { type: this.typeName };
  }

  /** The target now (while the queue runs); throws for a missing item of a non-null accessor. */
  target(): T | null {
    return this.resolveTarget();
  }

  protected mustTarget(action: string): T {
    const target = this.target();
    if (target === null) throw new MockOfficeError('InvalidOperation', `${action} on a null ${this.typeName}`);
    return target;
  }

  protected nav<N extends MockClientObject<unknown>>(name: string, make: () => N): N {
    let object = this.navigation.get(name);
    if (!object) {
      object = make();
      this.navigation.set(name, object);
    }
    return object as N;
  }

  /** Runs load paths now (inside a sync): scalars here, the rest handed to navigation properties. */
  loadNow(paths: string[]): void {
    const scalars = new Set<string>();
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      const navigation = this.navigationProperty(head);
      if (navigation) nested.set(head, [...(nested.get(head) ?? []), rest.length ? rest.join('/') : '*']);
      else if (rest.length) throw new MockOfficeError('InvalidArgument', `${this.typeName}.${head} is not a navigation property`);
      else (head === '*' ? this.scalarNames : [head]).forEach((name) => scalars.add(name));
    }
    nested.forEach((rest, head) => this.navigationProperty(head)!.loadNow(rest));
    const target = this.target();
    if (target === null) return;
    for (const name of scalars) {
      const value = this.scalar(name, target);
      this.context.countLoad(name, value);
      this.loaded.record(name, value);
    }
  }

  /** Reads a loaded property (the getters of subclasses). */
  protected get<V>(name: string): V {
    if (this.nullState === true) throw new MockOfficeError('InvalidOperation', `${this.typeName}.${name} read on a null object`);
    return this.loaded.read(this.typeName, name) as V;
  }

  /** Queues a write of a property. */
  protected write(name: string, apply: (target: T) => void, value?: unknown): void {
    this.context.enqueue(() => apply(this.mustTarget(`setting ${name}`)), { payload: value, member: `${this.typeName}.${name}` });
  }

  /** Queues a method call with effects. */
  protected call(method: string, apply: (target: T) => void, args?: unknown): void {
    this.context.enqueue(() => apply(this.mustTarget(method)), { payload: args, member: `${this.typeName}.${method}` });
  }

  /** After a sync: publish loaded values and whether this is a null object. */
  async settle(): Promise<void> {
    let target: T | null;
    try {
      target = this.target();
    } catch {
      target = null;
    }
    this.nullState = target === null;
    await this.loaded.sync();
  }
}

export class MockClientResult<V> {
  private loadedValue: { v: V } | undefined;
  constructor(context: MockRequestContext, compute: () => V) {
    context.enqueue(() => {
      this.loadedValue = { v: compute() };
    });
  }
  get value(): V {
    if (!this.loadedValue) throw new MockOfficeError('PropertyNotLoaded', 'ClientResult.value is known only after context.sync()');
    return this.loadedValue.v;
  }
}

/** A collection proxy: `items` after load, each item a proxy of the item type. */
export abstract class MockCollection<I, P extends MockClientObject<I>> extends MockClientObject<I[]> {
  private loadedItems: P[] | undefined;
  protected readonly scalarNames = ['count'] as const;

  protected abstract makeItem(resolve: Resolver<I>): P;

  protected scalar(name: string, items: I[]): unknown {
    if (name === 'count') return items.length;
    throw new MockOfficeError('InvalidArgument', `unknown collection property ${name}`);
  }

  get items(): P[] {
    if (!this.loadedItems) throw new MockOfficeError('PropertyNotLoaded', 'items were not loaded: load("items/...") and sync first');
    return this.loadedItems;
  }

  get count(): number {
    return this.get<number>('count');
  }

  override loadNow(paths: string[]): void {
    const itemPaths: string[] = [];
    const own: string[] = [];
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (head === 'items' || head === '*') itemPaths.push(rest.length ? rest.join('/') : '*');
      else own.push(path);
    }
    if (own.length) super.loadNow(own);
    if (!itemPaths.length) return;
    const items = (this.target() ?? []).map((item) => this.makeItem(() => item));
    items.forEach((item) => item.loadNow(itemPaths));
    this.loadedItems = items;
  }

  getCount(): MockClientResult<number> {
    return new MockClientResult(this.context, () => (this.target() ?? []).length);
  }
}

