// The record of a completed build: every file of dist/ and the serving configuration that goes
// with it, by SHA-256. scripts/finish-build.ts writes it as its very last step, and `npm run build`
// deletes deploy/build/ before anything else, so after a failed or interrupted build there is no
// manifest and `npm run deploy` refuses to run. The deploy also refuses a dist/ that changed after
// the build (a file lost, added or edited), and links the files a release shares with the one
// before it instead of copying them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from './files.ts';

/** Where the manifest lives, relative to the project. */
export const MANIFEST = 'deploy/build/manifest.json';

/** The serving configuration a release takes along with dist/: this build's CSP and the rules. */
export const SERVING_FILES = { csp: 'deploy/build/csp.conf', site: 'deploy/nginx-site.conf' } as const;

export interface BuildManifest {
  /** SHA-256 (hex) of every file, by its path in the project ("dist/index.html"). */
  files: Record<string, string>;
}

export const fileDigest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const projectFiles = (root: string) => {
  const dist = join(root, 'dist');
  return [...(existsSync(dist) ? filesBelow(dist).map((file) => `dist/${file}`) : []), ...Object.values(SERVING_FILES)];
};

/** Writes the manifest of the build in `root`; returns how many files it lists. */
export function writeBuildManifest(root: string) {
  const files = Object.fromEntries(projectFiles(root).map((file) => [file, fileDigest(join(root, file))]));
  writeFileSync(join(root, MANIFEST), `${JSON.stringify({ files } satisfies BuildManifest, null, 1)}\n`);
  return Object.keys(files).length;
}

const sample = (paths: string[]) => `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? `, and ${paths.length - 3} more` : ''}`;

/**
 * The manifest of the last completed build in `root`, if dist/ and the serving files are still
 * exactly what it lists; otherwise what is wrong, in words for whoever deploys.
 */
export function completedBuild(root: string): { manifest: BuildManifest; text: string } | { problem: string } {
  const path = join(root, MANIFEST);
  if (!existsSync(path)) {
    return { problem: `No completed build: ${MANIFEST} is missing, so the last \`npm run build\` failed or did not finish. Build again, and deploy once it succeeds.` };
  }
  const text = readFileSync(path, 'utf8');
  const manifest = JSON.parse(text) as BuildManifest;
  const present = new Set(projectFiles(root).filter((file) => existsSync(join(root, file))));
  const missing = Object.keys(manifest.files).filter((file) => !present.has(file));
  const changed = Object.entries(manifest.files).filter(([file, digest]) => present.has(file) && fileDigest(join(root, file)) !== digest).map(([file]) => file);
  const added = [...present].filter((file) => !(file in manifest.files));
  if (missing.length + changed.length + added.length === 0) return { manifest, text };
  const parts = [
    missing.length && `${missing.length} missing (${sample(missing)})`,
    changed.length && `${changed.length} changed (${sample(changed)})`,
    added.length && `${added.length} not in the build (${sample(added)})`,
  ].filter(Boolean);
  return {
    problem: `dist/ and the serving files are not what the last completed build wrote: ${parts.join('; ')}. A build may have failed halfway, or something changed them since. Build again, and deploy once it succeeds.`,
  };
}
