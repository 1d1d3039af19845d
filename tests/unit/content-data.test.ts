import { describe, expect, it } from 'vitest';
import { familySchema, licenseSchema, modelSchema } from '@/lib/schemas';
import { loadYaml } from '../support/content';

const messages = (file: string, result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`) ?? [];

/** The data files of the model releases, their licences and families, read as the build reads them. */
describe('model data', () => {
  const licenseFiles = loadYaml('licenses');
  const modelFiles = loadYaml('models');
  const familyFiles = loadYaml('families');

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
