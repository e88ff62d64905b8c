#!/usr/bin/env node
// `npm stop`: stops what `npm start` started (the workbench server, or the Office debugging session).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stateFile = path.join(root, '.start-state.json');
if (!existsSync(stateFile)) {
  console.log('Nothing to stop: npm start has not started anything from this folder.');
  process.exit(0);
}
const state = JSON.parse(readFileSync(stateFile, 'utf8'));
if (state.kind === 'workbench') {
  try {
    process.kill(-state.pid, 'SIGTERM'); // the whole process group of the detached server
  } catch {
    try {
      process.kill(state.pid, 'SIGTERM');
    } catch {
      console.log(`The workbench (pid ${state.pid}) had already stopped.`);
    }
  }
  console.log(`Workbench on port ${state.port} stopped.`);
} else {
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
  spawnSync(bin, ['stop', 'manifest.xml', ...(state.platform === 'web' ? ['web'] : [])], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
}
rmSync(stateFile);
