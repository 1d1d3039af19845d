import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export async function filesBelow(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Files that exist in only one of two folders or differ in a byte, as readable lines; [] when identical. */
export async function treeDifferences(a, b) {
  const [inA, inB] = await Promise.all([filesBelow(a), filesBelow(b)]);
  const setB = new Set(inB);
  const differences = [];
  for (const file of inA) {
    if (!setB.has(file)) differences.push(`only in the first: ${file}`);
    else if (!(await readFile(join(a, file))).equals(await readFile(join(b, file)))) differences.push(`differs: ${file}`);
  }
  const setA = new Set(inA);
  for (const file of inB) if (!setA.has(file)) differences.push(`only in the second: ${file}`);
  return differences;
}
