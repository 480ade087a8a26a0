// `npm start`: runs Partner Workbook for development. With a working Electron binary it starts
// Vite's dev server, builds the main process and preload, and opens Electron on the dev server.
// Without one (Electron's binary is downloaded on first use, which fails offline), or with --web,
// it serves the app in the browser instead, after saying so in one line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { buildElectron } from './build-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The Electron executable's path, or undefined when there is none. require('electron') returns the
 * path, downloading the binary first if needed, and throws "Electron failed to install correctly"
 * when it cannot. It runs in a child process so its download messages and stack traces stay out of
 * this terminal.
 */
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // Long enough for a real download on a slow line, but never an endless wait.
    timeout: 10 * 60 * 1000,
  });
  if (probe.status !== 0) return undefined;
  const binary = probe.stdout.trim().split('\n').pop() ?? '';
  return binary !== '' && existsSync(binary) ? binary : undefined;
}

async function startDevServer() {
  const server = await createServer({ configFile: path.join(root, 'vite.config.ts') });
  await server.listen();
  return server;
}

/** Closes the server, then exits; safe to call more than once. */
function exitAfter(server) {
  let exiting = false;
  return async (code) => {
    if (exiting) return;
    exiting = true;
    await server.close().catch(() => undefined);
    process.exit(code);
  };
}

async function runInBrowser(reason) {
  console.log(reason);
  const server = await startDevServer();
  server.printUrls();
  const exit = exitAfter(server);
  process.once('SIGINT', () => void exit(0));
  process.once('SIGTERM', () => void exit(0));
}

async function runInElectron(binary) {
  const server = await startDevServer();
  const exit = exitAfter(server);
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    console.error('The Vite dev server did not report a local URL.');
    return exit(1);
  }
  await buildElectron();
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, VITE_DEV_SERVER_URL: url };
  // Set in some shells and CI images; it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const electron = spawn(binary, ['.'], { cwd: root, env, stdio: 'inherit' });
  electron.once('error', (error) => {
    console.error(`Electron could not be started: ${error.message}`);
    void exit(1);
  });
  electron.once('exit', (code) => void exit(code ?? 0));
  const stop = () => {
    // Electron gets the signal too when run from a terminal; this covers a `kill` of this script.
    if (electron.exitCode === null) electron.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main() {
  const webOnly = process.argv.includes('--web');
  const binary = webOnly ? undefined : electronBinary();
  if (binary !== undefined) return runInElectron(binary);
  return runInBrowser(
    webOnly
      ? 'Serving Partner Workbook in your browser (--web).'
      : 'Electron is not installed on this machine (its binary could not be downloaded); serving Partner Workbook in your browser instead.',
  );
}

main().catch((error) => {
  console.error('Partner Workbook could not start:', error);
  process.exit(1);
});
