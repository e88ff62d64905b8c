import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { fmt, table, type Section } from './timing';

/**
 * Moving with the arrow keys in the workbench: the production build in headless Chromium, the
 * time from a key press until the next frame is painted (the grid and everything that reacts to
 * the move have drawn), median and 90th percentile over a walk of keys, on an empty sheet and
 * on a 1,000-person assessment built by the real pane. BENCH_DIST=<folder> reuses a build.
 */
const ROOT = path.join(__dirname, '..');
const KEYS = 60;
const TARGET_MS = 16;

function build(): string {
  if (process.env.BENCH_DIST) return path.resolve(process.env.BENCH_DIST);
  const out = mkdtempSync(path.join(os.tmpdir(), 'competency-bench-keys-'));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', out], { cwd: ROOT, stdio: 'pipe' });
  return out;
}

function serve(dir: string): Promise<{ server: Server; port: number }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent((request.url ?? '/').split('?')[0]));
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

/** Presses each key in the page and measures until the frame after it has been painted. */
interface KeyTime {
  /** Main-thread work: the key's handlers, the re-render, what the move set off (the pane's read), style and layout. */
  work: number;
  /** Until the next frame has been painted (includes waiting for the frame). */
  frame: number;
}

async function keyTimes(page: Page, keys: string[]): Promise<KeyTime[]> {
  // Plain text: tsx would add helpers to a compiled function that the page does not have.
  return page.evaluate(`(async (list) => {
    const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await afterPaint();
    const times = [];
    for (const key of list) {
      const target = document.activeElement || document.body;
      const start = performance.now();
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      document.body.getBoundingClientRect();
      const work = performance.now() - start;
      await afterPaint();
      times.push({ work, frame: performance.now() - start });
    }
    return times;
  })(${JSON.stringify(keys)})`);
}

async function walk(page: Page): Promise<KeyTime[]> {
  const keys = Array.from({ length: KEYS }, (_, i) => ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'ArrowLeft'][i % 6]);
  return keyTimes(page, keys);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)];

async function goTo(page: Page, address: string): Promise<void> {
  const nameBox = page.getByRole('textbox', { name: 'Name box' });
  await nameBox.fill(address);
  await nameBox.press('Enter');
  await page.getByRole('grid').focus();
}

export async function benchKeyboard(): Promise<Section> {
  const dir = build();
  const { server, port } = await serve(dir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.route('https://**', (route) => route.abort());
    await page.goto(`http://127.0.0.1:${port}/workbench.html?lang=en-US`);
    await page.getByRole('grid').waitFor();
    await goTo(page, 'B2');
    const empty = await walk(page);

    const people = Array.from({ length: 1000 }, (_, i) => `Person ${i + 1}, Account manager`).join('\n');
    await page.getByRole('textbox', { name: /^People/ }).fill(people);
    await page.getByRole('button', { name: 'Build the workbook' }).click();
    await page.locator('.wb-pane').getByText(/^Built /).waitFor({ timeout: 120_000 });
    await goTo(page, 'D20');
    const assessment = await walk(page);

    const rows: [string, KeyTime[]][] = [
      ['empty sheet', empty],
      ['1,000-person assessment (rating cells, validations, conditional formats, the pane following)', assessment],
    ];
    const work = (times: KeyTime[]) => times.map((t) => t.work);
    const frame = (times: KeyTime[]) => times.map((t) => t.frame);
    const worst = Math.max(median(work(empty)), median(work(assessment)));
    return {
      title: 'Moving with the arrow keys (workbench)',
      body: [
        `Production build in headless Chromium (1600 × 1000): ${KEYS} arrow keys (down, right, up, left). Work: from the key event until its handlers, the re-render, what the move set off (the pane's read of the new cell) and style and layout are done. Frame: until the next frame has been painted (adds the wait for the frame, up to 16.7 ms at 60 Hz). ms.`,
        '',
        table(
          ['sheet', 'work median', 'work 90th pct', 'frame median', 'frame 90th pct'],
          rows.map(([name, times]) => [name, fmt(median(work(times))), fmt(p90(work(times))), fmt(median(frame(times))), fmt(p90(frame(times)))]),
        ),
      ].join('\n'),
      targets: [{ target: `an arrow key under ${TARGET_MS} ms on a 1,000-person sheet (median main-thread work per key)`, measured: `${fmt(median(work(assessment)))} ms (empty sheet ${fmt(median(work(empty)))} ms)`, holds: worst < TARGET_MS }],
    };
  } finally {
    await browser.close();
    server.close();
  }
}
