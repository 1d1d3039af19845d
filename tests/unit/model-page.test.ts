import { describe, expect, it } from 'vitest';
import { compareTable, licenseFacts, licenseName, memoryRows, osaidReading } from '@/lib/model-page';
import { formatParameters } from '@/lib/tools/quantity';
import { renderTable } from '@/lib/comparison';
import { licenseSchema, modelSchema } from '@/lib/schemas';
import { loadCollection } from '../support/content';

const models = new Map(loadCollection('models', modelSchema).map((m) => [m.id, m.data]));
const licenses = new Map(loadCollection('licenses', licenseSchema).map((l) => [l.id, l.data]));
const release = (id: string) => {
  const data = models.get(id);
  if (!data) throw new Error(id);
  return { id, data, license: licenses.get(data.license) as NonNullable<ReturnType<typeof licenses.get>> };
};

describe('a release against the Open Source AI Definition', () => {
  it('lists what an open-weight release lacks, licence terms included', () => {
    const llama = release('llama-3-1');
    const reading = osaidReading(llama.data, llama.license);
    expect(reading.missing).toContain('the complete code used to train and run it');
    expect(reading.missing.at(-1)).toBe('terms that let anyone use it for any purpose (the Llama 3.1 Community License is not an OSI-approved license)');
    expect(reading.text).toMatch(/^By the Open Source AI Definition's checklist, Llama 3\.1 is open weights, not open source: it lacks /);
  });

  it('finds nothing missing in a fully open release, and leaves the verdict to the OSI', () => {
    const olmo = release('olmo-2');
    expect(osaidReading(olmo.data, olmo.license)).toEqual({
      missing: [],
      text: 'OLMo 2 publishes every component the Open Source AI Definition asks for, under an OSI-approved license. Whether it conforms is for the OSI to say.',
    });
  });
});

describe('a licence in plain words', () => {
  it('gives every term a reader checks, with the threshold and the policy', () => {
    const facts = licenseFacts(release('llama-3-1').license);
    expect(facts.map((f) => f.label)).toEqual([
      'Commercial use',
      'Size limits',
      'Acceptable use policy',
      'Naming and attribution',
      'Passing the weights on',
      'Offering it as a service',
      'Fine-tuned and derived models',
      'License text',
    ]);
    expect(facts.find((f) => f.label === 'Size limits')?.text).toContain('700 million monthly active users');
    expect(facts.at(-1)?.href).toMatch(/^https:\/\//);
  });

  it('says plainly when there is no limit and no policy', () => {
    const facts = licenseFacts(release('olmo-2').license);
    expect(facts.find((f) => f.label === 'Size limits')?.text).toBe('None: the license sets no limit on users or revenue.');
    expect(facts.find((f) => f.label === 'Acceptable use policy')?.text).toBe('None is part of the license.');
  });

  it('names a licence as a sentence does', () => {
    expect(licenseName('Llama 4 Community License')).toBe('the Llama 4 Community License');
    expect(licenseName('Apache 2.0')).toBe('Apache 2.0');
    expect(licenseName('Gemma Terms of Use')).toBe('the Gemma Terms of Use');
  });
});

describe('memory per size', () => {
  it('gives the weights at 16, 8 and 4 bits and a calculator link for each size', () => {
    const rows = memoryRows(release('llama-3-1').data, (size) => `/calc?${size.name}`);
    expect(rows[0]).toEqual({
      size: '8B',
      parameters: '8.03 billion',
      weights: ['16.1 GB', '8.5 GB', '4.9 GB'],
      calculator: '/calc?8B',
      download: expect.stringMatching(/^https:\/\/huggingface\.co\/meta-llama\//),
    });
    expect(formatParameters(46_702_792_704)).toBe('46.7 billion');
    expect(formatParameters(160_000_000)).toBe('160 million');
  });
});

describe('models side by side', () => {
  it('makes one column per release and one row per fact, rendered by the shared table code', () => {
    const spec = compareTable([release('llama-4'), release('gemma-4')], (slug) => `/models/${slug}/`);
    expect(spec.columns.map((c) => c.label)).toEqual(['Llama 4', 'Gemma 4']);
    const table = renderTable(spec, (slug) => `/glossary/${slug}/`);
    const row = (label: string) => table.rows.find((r) => r.label === label)?.cells;
    expect(row('Commercial use')?.map((c) => c.value?.key)).toEqual(['partial', 'yes']);
    expect(row('User or revenue limit')?.map((c) => c.text)).toEqual(['More than 700 million monthly active users', 'None']);
    expect(row('License')?.map((c) => c.link?.label)).toEqual(['Llama 4 Community License', 'Apache 2.0']);
    expect(row('Details')?.map((c) => c.link?.href)).toEqual(['/models/llama-4/', '/models/gemma-4/']);
  });
});
