// A scratch copy of the project for builds that must not touch the working tree: the reproducible
// build test and the benchmark. It holds exactly the files the build sees (tracked, plus untracked
// ones git does not ignore) and borrows the installed packages.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, realpath, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Caches that tools write inside node_modules; each copy keeps its own.
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

function projectFiles(root: string) {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return listed.split('\0').filter((file) => file && file !== 'node_modules' && existsSync(join(root, file)));
}

/**
 * The installed packages, linked one by one, so that caches written to node_modules/.astro or
 * node_modules/.vite stay in the copy instead of the shared install.
 */
export async function linkPackages(from: string, to: string) {
  const installed = await realpath(join(from, 'node_modules'));
  await mkdir(join(to, 'node_modules'));
  for (const entry of await readdir(installed)) {
    if (!OWN_CACHES.has(entry)) await symlink(join(installed, entry), join(to, 'node_modules', entry));
  }
}

/** Copies the project to a new temporary folder and returns its path. */
export async function copyProject({ from = PROJECT_ROOT, prefix = 'owe-copy-' }: { from?: string; prefix?: string } = {}) {
  const to = await mkdtemp(join(tmpdir(), prefix));
  for (const file of projectFiles(from)) {
    await mkdir(dirname(join(to, file)), { recursive: true });
    await cp(join(from, file), join(to, file));
  }
  await linkPackages(from, to);
  // Tailwind skips what .gitignore lists only inside a git work tree.
  execFileSync('git', ['init', '--quiet'], { cwd: to });
  return to;
}
