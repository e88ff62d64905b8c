/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import type { SettingsRead } from '../host/workbook-operations';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

/** Every text the pane's root showed, in order, as the DOM changed. */
function watchTexts(): { texts: string[]; stop(): void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const text = document.body.textContent ?? '';
    if (texts[texts.length - 1] !== text) texts.push(text);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

describe('the start', () => {
  it('a quick start shows the rating view first, with no loading spinner or half-built pane before it', async () => {
    const watch = watchTexts();
    renderPane(ctAmWorkbook(), { initialLocale: 'en-US' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Resilience' })).toBeInTheDocument();
    watch.stop();
    const shown = watch.texts.filter((text) => text !== '');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.some((text) => text.includes('Loading'))).toBe(false);
    // The title arrives with the view, not before it.
    expect(shown[0]).toContain('Competency');
    expect(shown[0]).toContain('Resilience');
  });

  it('a slow start says it is loading after a moment, then shows the view', async () => {
    jest.useFakeTimers();
    try {
      const ops = ctAmWorkbook();
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const load = ops.loadSettings.bind(ops);
      ops.loadSettings = async (): Promise<SettingsRead> => {
        await gate;
        return load();
      };
      const { container } = renderPane(ops, { initialLocale: 'en-US' });
      await act(async () => {
        await jest.advanceTimersByTimeAsync(100);
      });
      expect(container).toHaveTextContent(/^$/);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(300);
      });
      expect(screen.getByRole('heading', { level: 1, name: 'Competency' })).toBeInTheDocument();
      expect(screen.getByText('Loading…')).toBeInTheDocument();
      await act(async () => {
        release();
        await jest.advanceTimersByTimeAsync(50);
      });
      jest.useRealTimers();
      expect(await screen.findByRole('heading', { level: 2, name: 'Resilience' })).toBeInTheDocument();
      expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  /** The background colour the pane's Fluent theme gives its surface (FluentProvider writes the theme as CSS variables). */
  function surfaceColour(): string | undefined {
    const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    return /--colorNeutralBackground1:\s*([^;]+);/.exec(css)?.[1]?.trim();
  }

  it('in a dark Office theme the pane starts dark, with no light pane first (the dark theme loads on demand)', async () => {
    // The surface colour each time the pane showed something.
    const shownIn: (string | undefined)[] = [];
    const observer = new MutationObserver(() => {
      if (document.body.textContent) shownIn.push(surfaceColour());
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    renderPane(ctAmWorkbook(), { initialLocale: 'en-US', theme: 'dark' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Resilience' })).toBeInTheDocument();
    observer.disconnect();
    // Fluent's dark surface from the first thing shown on, never the light theme's white.
    expect(shownIn.length).toBeGreaterThan(0);
    expect([...new Set(shownIn)]).toEqual(['#292929']);
  });
});
