import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Every file below dir, as paths relative to it with "/" between folders, sorted. The one
 * recursive directory walk of the scripts and tests; synchronous, so that tests can list dist/
 * while they collect their cases.
 */
export function filesBelow(dir: string) {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Files that exist in only one of two folders or differ in a byte, as readable lines; [] when identical. */
export async function treeDifferences(a: string, b: string) {
  const inA = filesBelow(a);
  const inB = filesBelow(b);
  const setB = new Set(inB);
  const differences: string[] = [];
  for (const file of inA) {
    if (!setB.has(file)) differences.push(`only in the first: ${file}`);
    else if (!(await readFile(join(a, file))).equals(await readFile(join(b, file)))) differences.push(`differs: ${file}`);
  }
  const setA = new Set(inA);
  for (const file of inB) if (!setA.has(file)) differences.push(`only in the second: ${file}`);
  return differences;
}
