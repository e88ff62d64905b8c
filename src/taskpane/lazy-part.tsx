import { useEffect, useState, type ComponentType, type ReactElement } from 'react';

/**
 * A module of the pane loaded on demand (its own chunk), so the first render (the rating view)
 * does not wait for what it does not show. `part` makes a component that renders the module's
 * component once the module is there (synchronously after that, on every later mount), and until
 * then its fallback (given the same props) or nothing; mounting it starts the load once the view it is in
 * has been painted, tried again while it stays mounted if it fails. Unlike React.lazy it does not suspend, so it never holds back the rest of the pane.
 */
export interface LazyModule<M> {
  /** Starts the load (once; again after a failure) and resolves to the module. */
  preload(): Promise<M>;
  part<P extends object>(pick: (module: M) => ComponentType<P>, Fallback?: ComponentType<P>): (props: P) => ReactElement | null;
}

/** The first wait before a failed load is tried again (then twice as long each time, up to 16 times it). */
const RETRY_MS = 1000;
/** A hidden pane draws no frames: past this wait the load starts without one. */
const NO_FRAME_MS = 200;

/**
 * Runs `start` once the frame being drawn is on screen (a task after the next animation frame),
 * so work started by a mount never holds back the paint of what mounted; returns the cancel.
 */
export function afterNextPaint(start: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    start();
  };
  const fallback = setTimeout(once, NO_FRAME_MS);
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (afterFrame = setTimeout(once, 0))) : undefined;
  return () => {
    done = true;
    clearTimeout(fallback);
    clearTimeout(afterFrame);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
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
        // A chunk that did not load (the connection dropped) is tried again while the part is shown, less often each time.
        let retry: ReturnType<typeof setTimeout> | undefined;
        let mounted = true;
        const attempt = (tries: number) =>
          preload().catch(() => {
            if (mounted) retry = setTimeout(() => attempt(tries + 1), RETRY_MS * Math.min(2 ** tries, 16));
          });
        // The first try waits for the paint of the view that mounted the part: the view shows first, the part a moment later.
        const cancelStart = afterNextPaint(() => void attempt(0));
        return () => {
          mounted = false;
          cancelStart();
          waiting.delete(show);
          clearTimeout(retry);
        };
      }, []);
      if (!loaded) return Fallback ? <Fallback {...props} /> : null;
      const Component = pick(loaded);
      return <Component {...props} />;
    };
  }
  return { preload, part };
}
