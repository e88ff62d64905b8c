// Helpers of the browser end-to-end tests: build the production bundle into a temporary folder,
// serve it on a free localhost port, and drive Debian's Chromium with playwright-core. Nothing
// reaches the network: every request that is not to our server is refused, except office.js,
// which is answered from the npm package @microsoft/office-js.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = path.join(root, 'test-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OFFICE_JS_DIR = path.join(root, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/**
 * The production build in a temporary folder (never dist/, which other tests read).
 * E2E_DIST=<folder> reuses a build made before (for quick reruns).
 */
export function buildBundle() {
  if (process.env.E2E_DIST) return { dir: path.resolve(process.env.E2E_DIST), cleanup: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), 'competency-e2e-build-'));
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', dir], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`The production build failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** A tiny static file server on 127.0.0.1 and a free port. */
export async function serve(dir) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Chromium with a fresh profile. Every request outside `origin` is refused and recorded in
 * `blocked`, except office.js (and its files) from Microsoft's CDN, answered from the npm package.
 */
export async function launch(origin, { locale = 'en-US' } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk`);
  const profile = mkdtempSync(path.join(tmpdir(), 'competency-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    acceptDownloads: true,
    locale,
    viewport: { width: 1600, height: 1000 },
  });
  const blocked = [];
  const officeFiles = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_JS_DIR, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_JS_DIR) && existsSync(file) && statSync(file).isFile()) {
        officeFiles.push(url);
        return route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' });
      }
    }
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blocked,
    officeFiles,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records console errors, page errors and CSP violations of a page. */
export function watchConsole(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

let shot = 0;
/** A numbered full-page screenshot in test-artifacts/. */
export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
