import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses `git log --format=@%cI --name-only` output into the newest commit date per file. */
export function newestDates(gitLog: string): Map<string, string> {
  const dates = new Map<string, string>();
  let current = '';
  for (const line of gitLog.split('\n')) {
    if (line.startsWith('@')) current = line.slice(1).trim();
    else if (line.trim() && current && !dates.has(line.trim())) dates.set(line.trim(), current);
  }
  return dates;
}

/**
 * Last-modified date (YYYY-MM-DD) for each page built from content/: an article's `updated` field,
 * otherwise the date of the last commit that touched the file. Index pages take the newest date
 * of what they list. Pages with no known date are left out.
 */
export function pageDates(root: string): Map<string, string> {
  let log = '';
  try {
    log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', 'content'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    // Not a git checkout: commit dates are unknown.
  }
  const committed = newestDates(log);
  const dates = new Map<string, string>();
  const collections = [
    { dir: 'articles', ext: '.mdx', url: (s: string) => `/articles/${s}/`, index: '/articles/' },
    { dir: 'glossary', ext: '.md', url: (s: string) => `/glossary/${s}/`, index: '/glossary/' },
    { dir: 'faq', ext: '.md', url: (s: string) => `/faq/${s}/`, index: '/faq/' },
  ];
  for (const c of collections) {
    for (const file of readdirSync(join(root, 'content', c.dir)).filter((f) => f.endsWith(c.ext))) {
      const rel = `content/${c.dir}/${file}`;
      const updated = /^updated:\s*(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(root, rel), 'utf8'))?.[1];
      const date = updated ?? committed.get(rel)?.slice(0, 10);
      if (!date) continue;
      dates.set(c.url(file.slice(0, -c.ext.length)), date);
      if ((dates.get(c.index) ?? '') < date) dates.set(c.index, date);
    }
  }
  const newest = [...dates.values()].sort().at(-1);
  // The home and search pages change whenever anything they lead to changes.
  if (newest) for (const page of ['/', '/search/']) dates.set(page, newest);
  return dates;
}
