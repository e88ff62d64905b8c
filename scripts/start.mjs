#!/usr/bin/env node
// `npm start`: where Excel desktop can be sideloaded (Windows, Mac) build, serve and sideload with
// Microsoft's office-addin-debugging; elsewhere (Linux, CI) start the local workbench and print its URL.
// `npm run start:web -- --document <url>` sideloads into Excel on the web.
// What is started is recorded in .start-state.json so that `npm stop` can stop it.
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.PORT || 3000);
const args = process.argv.slice(2);
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const stateFile = path.join(root, '.start-state.json');

function argValue(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Runs office-addin-debugging and returns its output; it exits 0 even when it could not start. */
function officeAddinDebugging(platformArgs) {
  return new Promise((resolve) => {
    const child = spawn(bin('office-addin-debugging'), ['start', 'manifest.xml', ...platformArgs, '--dev-server', 'npm run dev-server', '--dev-server-port', String(PORT)], {
      cwd: root,
      shell: process.platform === 'win32',
    });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const failed = (output) => /not supported|unable to start|error:/i.test(output);

/** True when something already listens on the port. */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForServer(url, seconds, stillStarting = () => true) {
  for (let i = 0; i < seconds * 2 && stillStarting(); i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await delay(500);
  }
  return false;
}

async function startWorkbench(reason) {
  console.log(`\n${reason}`);
  const url = `http://localhost:${PORT}/workbench.html`;
  if (existsSync(stateFile)) {
    const previous = JSON.parse(readFileSync(stateFile, 'utf8'));
    if (previous.kind === 'workbench' && isRunning(previous.pid)) {
      console.log(`The workbench is already running: http://localhost:${previous.port}/workbench.html (stop it with: npm stop)`);
      return;
    }
  }
  if (await portInUse(PORT)) {
    console.error(`Port ${PORT} is already in use by another program. Stop it, or choose another port: PORT=3001 npm start`);
    process.exit(1);
  }
  console.log('Starting the local workbench instead: a spreadsheet (HyperFormula) with the real task pane and HR functions.');
  console.log('The first build takes a minute or two.\n');
  const log = path.join(root, '.start.log');
  const out = openSync(log, 'w');
  const server = spawn(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), 'serve', '--mode', 'development'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, HTTPS: '0', PORT: String(PORT) },
  });
  let exited = false;
  server.on('exit', () => (exited = true));
  server.unref();
  writeFileSync(stateFile, JSON.stringify({ kind: 'workbench', pid: server.pid, port: PORT }, null, 2));
  if (!(await waitForServer(url, 300, () => !exited))) {
    if (exited) rmSync(stateFile, { force: true });
    console.error(exited ? `The workbench server stopped while starting; see ${log}.` : `The workbench did not come up within 5 minutes; see ${log}. Stop it with: npm stop`);
    process.exit(1);
  }
  console.log(`Workbench ready: ${url}`);
  console.log(`The add-in page itself: http://localhost:${PORT}/taskpane.html`);
  console.log('Stop it with: npm stop');
}

async function main() {
  if (args.includes('--web')) {
    const document = argValue('--document');
    if (!document) {
      console.error('Excel on the web needs a workbook URL: npm run start:web -- --document <url of a workbook in OneDrive or SharePoint>');
      process.exit(2);
    }
    const { output } = await officeAddinDebugging(['web', '--document', document]);
    if (failed(output)) process.exit(1);
    writeFileSync(stateFile, JSON.stringify({ kind: 'office', platform: 'web' }, null, 2));
    return;
  }
  if (args.includes('--workbench')) return startWorkbench('Workbench requested.');
  if (process.platform === 'win32' || process.platform === 'darwin') {
    const { output } = await officeAddinDebugging(['desktop', '--app', 'excel']);
    if (!failed(output)) {
      writeFileSync(stateFile, JSON.stringify({ kind: 'office', platform: 'desktop' }, null, 2));
      return;
    }
    return startWorkbench('Excel desktop could not be sideloaded (see the messages above).');
  }
  return startWorkbench(`Excel desktop cannot be sideloaded on ${process.platform}: Office add-ins run in Excel on Windows, Mac and the web.`);
}

await main();
