import { useEffect, useState, type ComponentType, type ReactElement } from 'react';

/**
 * A module of the pane loaded on demand (its own chunk), so the first render (the rating view)
 * does not wait for what it does not show. `part` makes a component that renders the module's
 * component once the module is there (synchronously after that, on every later mount), and until
 * then its fallback (given the same props) or nothing; mounting it starts the load. Unlike React.lazy it does not
 * suspend, so it never holds back the rest of the pane.
 */
export interface LazyModule<M> {
  /** Starts the load (once; again after a failure) and resolves to the module. */
  preload(): Promise<M>;
  part<P extends object>(pick: (module: M) => ComponentType<P>, Fallback?: ComponentType<P>): (props: P) => ReactElement | null;
}

export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  /** The mounted parts waiting for the module (a load started anywhere, a retry included, shows them). */
  const waiting = new Set<() => void>();
  function preload(): Promise<M> {
    loading ??= load().then(
      (module) => {
        loaded = module;
        for (const show of [...waiting]) show();
        return module;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  }
  function part<P extends object>(pick: (module: M) => ComponentType<P>, Fallback?: ComponentType<P>) {
    return function LazyPart(props: P): ReactElement | null {
      const [, setReady] = useState(loaded !== null);
      useEffect(() => {
        if (loaded) {
          setReady(true);
          return;
        }
        const show = () => setReady(true);
        waiting.add(show);
        preload().catch(() => undefined);
        return () => {
          waiting.delete(show);
        };
      }, []);
      if (!loaded) return Fallback ? <Fallback {...props} /> : null;
      const Component = pick(loaded);
      return <Component {...props} />;
    };
  }
  return { preload, part };
}
