// The release folders of a deploy target (scripts/deploy.ts):
//
//   <target>/releases/<id>/site/         the pages: dist/ of one completed build
//   <target>/releases/<id>/csp.conf      their Content-Security-Policy
//   <target>/releases/<id>/nginx-site.conf, manifest.json
//   <target>/releases/<id>/release.conf  what nginx includes: root and both files, by absolute path
//   <target>/current -> releases/<id>    the release nginx loads when it (re)loads its configuration
//
// A release is written completely under a hidden name and then renamed into place, and never
// changed after: `current` only ever points at whole releases.
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BuildManifest, MANIFEST, SERVING_FILES } from './build-manifest.ts';
import { renderNginxRelease } from './server-config.ts';

export interface Target {
  dir: string;
  releases: string;
  current: string;
}

export function deployTarget(dir: string): Target {
  return { dir, releases: join(dir, 'releases'), current: join(dir, 'current') };
}

/** Finished releases, oldest first (ids sort by time). */
export function releaseIds(target: Target) {
  if (!existsSync(target.releases)) return [];
  return readdirSync(target.releases, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** The release `current` points at, if any. */
export function currentRelease(target: Target) {
  const info = lstatSync(target.current, { throwIfNoEntry: false });
  if (info === undefined) return undefined;
  if (!info.isSymbolicLink()) throw new Error(`${target.current} is not a symlink: the deploy points it at a release, so move what is there out of the way first.`);
  // A link to a release someone removed: nothing to link files from or roll back to.
  if (!existsSync(target.current)) return undefined;
  const link = readlinkSync(target.current);
  return link.slice(link.lastIndexOf('/') + 1);
}

/** "20261205T011838.123Z-3fa2c1d0": when, to the millisecond, then which build. */
export function releaseId(date: Date, manifestDigest: string) {
  return `${date.toISOString().replace(/[-:]/g, '')}-${manifestDigest.slice(0, 8)}`;
}

export const releaseDir = (target: Target, id: string) => join(target.releases, id);

/**
 * Writes release `id` from the completed build in `project`. A file with the same content as in
 * `previous` (the live release) is hard-linked to it: no copy, and nginx's ETag, made of size and
 * modification time, stays the same, so browsers keep what they have cached.
 */
export function createRelease({ target, id, project, manifest, manifestText, previous }: { target: Target; id: string; project: string; manifest: BuildManifest; manifestText: string; previous: string | undefined }) {
  const final = releaseDir(target, id);
  if (existsSync(final)) throw new Error(`${final} exists already.`);
  const partial = join(target.releases, `.${id}.partial`);
  const before = previous === undefined ? undefined : (JSON.parse(readFileSync(join(releaseDir(target, previous), 'manifest.json'), 'utf8')) as BuildManifest);
  let linked = 0;
  for (const [file, digest] of Object.entries(manifest.files)) {
    if (!file.startsWith('dist/')) continue;
    const into = join(partial, 'site', file.slice('dist/'.length));
    mkdirSync(dirname(into), { recursive: true });
    if (previous !== undefined && before?.files[file] === digest && linkFrom(join(releaseDir(target, previous), 'site', file.slice('dist/'.length)), into)) linked += 1;
    else copyFileSync(join(project, file), into);
  }
  copyFileSync(join(project, SERVING_FILES.csp), join(partial, 'csp.conf'));
  copyFileSync(join(project, SERVING_FILES.site), join(partial, 'nginx-site.conf'));
  writeFileSync(join(partial, 'manifest.json'), manifestText);
  writeFileSync(
    join(partial, 'release.conf'),
    renderNginxRelease({
      root: join(final, 'site'),
      cspConf: join(final, 'csp.conf'),
      siteConf: join(final, 'nginx-site.conf'),
      about: `Release ${id}, written by scripts/deploy.ts from ${MANIFEST}: these pages with the Content-Security-Policy for their inline scripts.`,
    }),
  );
  renameSync(partial, final);
  const files = Object.keys(manifest.files).filter((file) => file.startsWith('dist/')).length;
  return { files, linked };
}

function linkFrom(existing: string, into: string) {
  try {
    linkSync(existing, into);
    return true;
  } catch {
    // Another file system, or links not allowed: a copy does as well.
    return false;
  }
}

/** Points `current` at release `id` (or removes it) in one rename, which readers see whole. */
export function pointCurrentAt(target: Target, id: string | undefined) {
  if (id === undefined) {
    if (existsSync(target.current)) unlinkSync(target.current);
    return;
  }
  const next = `${target.current}.next`;
  rmSync(next, { force: true });
  symlinkSync(join('releases', id), next);
  renameSync(next, target.current);
}

/** Removes all but the newest `keep` releases (never `current`) and any release left half-written. */
export function pruneReleases(target: Target, keep: number, current: string | undefined) {
  const ids = releaseIds(target);
  const kept = new Set([...ids.slice(-keep), ...(current === undefined ? [] : [current])]);
  const removed = ids.filter((id) => !kept.has(id));
  for (const id of removed) rmSync(releaseDir(target, id), { recursive: true, force: true });
  for (const entry of readdirSync(target.releases)) if (entry.endsWith('.partial')) rmSync(join(target.releases, entry), { recursive: true, force: true });
  return removed;
}
