import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { treeDifferences } from '../../scripts/lib/files.ts';
import { DIST } from '../support/dist';

const TIMEOUT_MS = 300_000;

/**
 * How the second build is loaded. Busy loops keep every core working, and the build is paused for
 * longer than Shiki's 500 ms per-line time limit after every 50 ms it runs: a thread that the
 * scheduler leaves waiting that long is what made a loaded build highlight a line differently.
 * Busy loops alone (2, 6 and 12 of them on this project's 2-core machine) never did: contention
 * makes every line slower, not one line 500 ms slower. Without the untimed tokenizer
 * (src/build/markdown/code-theme.ts), these pauses changed one or two pages in each of three runs.
 */
const LOAD = { runMs: 50, pauseMs: 550 };

interface Build {
  status: number | null;
  output: string;
}

/** `npm run build` in a project copy; with `loaded`, under the LOAD above. */
async function build(dir: string, { loaded }: { loaded: boolean }): Promise<Build> {
  const busy = loaded
    ? Array.from({ length: availableParallelism() }, () =>
        // Each loop ends by itself at the test's timeout, whatever happens to this process.
        spawn(process.execPath, ['-e', `const end = Date.now() + ${TIMEOUT_MS}; while (Date.now() < end);`], { stdio: 'ignore' }),
      )
    : [];
  // Its own process group, so that a pause stops npm, Astro and everything they start.
  const child = spawn('npm', ['run', 'build', '--silent'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  let done = false;
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => ((done = true), resolve(code))));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid ?? 0), name);
    } catch {
      // The group has exited.
    }
  };
  try {
    while (loaded && !done) {
      await sleep(LOAD.runMs);
      if (done) break;
      signal('SIGSTOP');
      await sleep(LOAD.pauseMs);
      signal('SIGCONT');
    }
    return { status: await exited, output };
  } finally {
    signal('SIGCONT');
    for (const loop of busy) loop.kill();
  }
}

describe('the build is reproducible', () => {
  it('a quiet build and a build on a machine kept busy give byte-identical output, equal to dist/', { timeout: TIMEOUT_MS }, async () => {
    const quiet = await copyProject({ prefix: 'owe-rebuild-' });
    const loaded = await copyProject({ prefix: 'owe-rebuild-loaded-' });
    try {
      const first = await build(quiet, { loaded: false });
      expect(first.status, first.output).toBe(0);
      const second = await build(loaded, { loaded: true });
      expect(second.status, second.output).toBe(0);
      for (const folder of ['dist', join('deploy', 'build')]) {
        expect(await treeDifferences(join(quiet, folder), join(loaded, folder)), `${folder} differs between a quiet build and a loaded one`).toEqual([]);
      }
      const differences = await treeDifferences(DIST, join(quiet, 'dist'));
      expect(differences, 'dist/ differs from a fresh build of the same sources: either the build is not reproducible or dist/ is older than the sources (run `npm run build`)').toEqual([]);
    } finally {
      await rm(quiet, { recursive: true, force: true });
      await rm(loaded, { recursive: true, force: true });
    }
  });
});
