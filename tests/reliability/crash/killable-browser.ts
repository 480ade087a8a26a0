/**
 * A Chromium the crash tests start themselves, so that they hold its process id and can SIGKILL
 * it: Playwright's own launch hides the process behind a pipe it also closes. The browser keeps
 * its profile in `profile` (IndexedDB included), so a relaunch on the same folder reopens the
 * workbook exactly as the kill left it on disk. Playwright drives it over the DevTools protocol.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

/** A running browser on one profile, with its first page. */
export interface KillableBrowser {
  readonly page: Page;
  /** SIGKILL: the browser and every child process die at once, with no chance to save. */
  kill(): Promise<void>;
  /** Closes the browser as a user quitting would, and waits for it to exit. */
  close(): Promise<void>;
}

/** Where and how to start the browser. */
export interface LaunchSettings {
  executablePath: string;
  /** Flags from the Playwright config (sandbox, GPU and network switches). */
  args: readonly string[];
  viewport: { width: number; height: number };
}

const START_TIMEOUT_MS = 30_000;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

// Chromium prints the DevTools address on stderr once it listens.
function devToolsAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      reject(new Error(`Chromium did not start in ${START_TIMEOUT_MS} ms:\n${seen.slice(-2000)}`));
    }, START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal ?? '?'}) before it listened:\n${seen}`));
    });
  });
}

function killGroup(child: ChildProcess): void {
  const { pid } = child;
  if (pid === undefined) return;
  for (const target of [pid, -pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Starts Chromium on `profile` and connects to its first page. */
export async function launchKillable(
  settings: LaunchSettings,
  profile: string,
): Promise<KillableBrowser> {
  // A stale port file from a killed run must not be mistaken for this run's.
  await rm(path.join(profile, 'DevToolsActivePort'), { force: true });
  const child = spawn(
    settings.executablePath,
    [
      ...settings.args,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--window-size=${settings.viewport.width},${settings.viewport.height}`,
      'about:blank',
    ],
    // Its own process group, so that the kill reaches the renderer and utility processes too.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let browser: Browser;
  try {
    browser = await chromium.connectOverCDP(await devToolsAddress(child));
  } catch (error) {
    killGroup(child);
    throw error;
  }
  const context = browser.contexts()[0];
  if (!context) {
    killGroup(child);
    throw new Error('Chromium started without its default context.');
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize(settings.viewport);

  return {
    page,
    kill: async () => {
      killGroup(child);
      await exited(child);
      await browser.close().catch(() => undefined);
    },
    close: async () => {
      try {
        const session = await browser.newBrowserCDPSession();
        await session.send('Browser.close');
      } catch {
        // The connection may drop as the browser goes; it is awaited below either way.
      }
      const gone = exited(child);
      const late = setTimeout(() => killGroup(child), 15_000);
      await gone;
      clearTimeout(late);
      // Helper processes left in the group go too, so that none holds the profile.
      killGroup(child);
    },
  };
}
