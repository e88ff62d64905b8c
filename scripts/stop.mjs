#!/usr/bin/env node
// `npm stop`: stops what `npm start` started (the workbench server, or the Office debugging session).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stateFile = path.join(root, '.start-state.json');
if (!existsSync(stateFile)) {
  console.log('Nothing to stop: npm start has not started anything from this folder.');
  process.exit(0);
}
const state = JSON.parse(readFileSync(stateFile, 'utf8'));
/** Signals the detached server's process group (the server and what it started), or the server alone. */
function signal(pid, name) {
  try {
    process.kill(-pid, name);
    return true;
  } catch {
    try {
      process.kill(pid, name);
      return true;
    } catch {
      return false;
    }
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

if (state.kind === 'workbench') {
  if (!signal(state.pid, 'SIGTERM')) {
    console.log(`The workbench (pid ${state.pid}) had already stopped.`);
  } else {
    for (let i = 0; i < 50 && alive(state.pid); i++) await delay(100);
    if (alive(state.pid)) signal(state.pid, 'SIGKILL');
    console.log(`Workbench on port ${state.port} stopped.`);
  }
} else {
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
  spawnSync(bin, ['stop', 'manifest.xml', ...(state.platform === 'web' ? ['web'] : [])], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
}
rmSync(stateFile);
