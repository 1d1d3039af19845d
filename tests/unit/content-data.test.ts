import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { familySchema, licenseSchema, modelSchema } from '@/lib/schemas';

/** The data files of the model releases, their licences and families, read as the build reads them. */
const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

function load<T>(dir: string, parseData: (data: unknown) => T): { id: string; file: string; data: T }[] {
  return readdirSync(`${CONTENT}${dir}`)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), file: `content/${dir}/${f}`, data: parseData(parse(readFileSync(`${CONTENT}${dir}/${f}`, 'utf8'))) }));
}

const messages = (file: string, result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`) ?? [];

describe('model data', () => {
  const licenseFiles = load('licenses', (d) => d);
  const modelFiles = load('models', (d) => d);
  const familyFiles = load('families', (d) => d);

  it.each(licenseFiles.map((f) => [f.file, f]))('%s follows the licence schema', (_name, f) => {
    expect(messages(f.file, licenseSchema.safeParse(f.data))).toEqual([]);
  });

  it.each(modelFiles.map((f) => [f.file, f]))('%s follows the model schema and names a family and a licence that exist', (_name, f) => {
    const result = modelSchema.safeParse(f.data);
    expect(messages(f.file, result)).toEqual([]);
    if (!result.success) return;
    expect(familyFiles.map((x) => x.id), `${f.file}: family "${result.data.family}" is not in content/families`).toContain(result.data.family);
    expect(licenseFiles.map((x) => x.id), `${f.file}: license "${result.data.license}" is not in content/licenses`).toContain(result.data.license);
  });

  it.each(familyFiles.map((f) => [f.file, f]))('%s follows the family schema', (_name, f) => {
    expect(messages(f.file, familySchema.safeParse(f.data))).toEqual([]);
  });
});
