/** @jest-environment jsdom */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { lazyModule } from './lazy-part';

afterEach(() => {
  cleanup();
  jest.useRealTimers();
});

function Part({ name }: { name: string }) {
  return <p>part for {name}</p>;
}

describe('a part loaded on demand', () => {
  it('shows its fallback, then the part once its module is there; later mounts show it at once', async () => {
    let arrive: (module: { Part: typeof Part }) => void = () => undefined;
    const load = jest.fn(() => new Promise<{ Part: typeof Part }>((resolve) => (arrive = resolve)));
    const Lazy = lazyModule(load).part((m) => m.Part, ({ name }) => <p>waiting for {name}</p>);
    const first = render(<Lazy name="A" />);
    expect(screen.getByText('waiting for A')).toBeInTheDocument();
    await waitFor(() => expect(load).toHaveBeenCalled());
    await act(async () => arrive({ Part }));
    expect(screen.getByText('part for A')).toBeInTheDocument();
    first.unmount();
    render(<Lazy name="B" />);
    expect(screen.getByText('part for B')).toBeInTheDocument();
  });

  it('a module that failed to load (the connection dropped) is tried again while the part is shown', async () => {
    jest.useFakeTimers();
    const outcomes = [false, false, true];
    const load = jest.fn(async () => {
      if (!outcomes.shift()) throw new Error('ChunkLoadError');
      return { Part };
    });
    const Lazy = lazyModule(load).part((m) => m.Part);
    render(<Lazy name="A" />);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(20); // the frame that shows the view
    });
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('part for A')).not.toBeInTheDocument();
    // Tried again after a second, then after two more.
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1000);
    });
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByText('part for A')).not.toBeInTheDocument();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(2000);
    });
    expect(load).toHaveBeenCalledTimes(3);
    expect(screen.getByText('part for A')).toBeInTheDocument();
  });

  it('starts loading only after the view that mounted it has been painted, and not at all if it went first', async () => {
    jest.useFakeTimers();
    const load = jest.fn(async () => ({ Part }));
    const Lazy = lazyModule(load).part((m) => m.Part);
    const gone = render(<Lazy name="A" />);
    gone.unmount();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1000);
    });
    expect(load).not.toHaveBeenCalled();
    render(<Lazy name="B" />);
    await act(async () => undefined);
    // Mounted, not yet drawn: nothing requested that would compete with the first paint.
    expect(load).not.toHaveBeenCalled();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(20);
    });
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText('part for B')).toBeInTheDocument();
  });

  it('a pane that draws no frames (hidden) still loads its parts', async () => {
    jest.useFakeTimers();
    const frames = jest.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    try {
      const load = jest.fn(async () => ({ Part }));
      const Lazy = lazyModule(load).part((m) => m.Part);
      render(<Lazy name="A" />);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(100);
      });
      expect(load).not.toHaveBeenCalled();
      await act(async () => {
        await jest.advanceTimersByTimeAsync(200);
      });
      expect(load).toHaveBeenCalledTimes(1);
      expect(screen.getByText('part for A')).toBeInTheDocument();
    } finally {
      frames.mockRestore();
    }
  });

  it('stops trying once the part is gone', async () => {
    jest.useFakeTimers();
    const load = jest.fn(async (): Promise<{ Part: typeof Part }> => {
      throw new Error('ChunkLoadError');
    });
    const Lazy = lazyModule(load).part((m) => m.Part);
    const view = render(<Lazy name="A" />);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(20);
    });
    view.unmount();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(60000);
    });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
