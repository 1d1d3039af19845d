import { describe, expect, it } from 'vitest';
import { groupColumns, renderTable, type TableSpec } from '@/lib/comparison';
import { modelFamiliesTable, spectrumPoint, summariseFamily, type FamilyRelease } from '@/lib/model-families';

const spec: TableSpec = {
  caption: 'Test',
  rowHeading: 'Thing',
  asOf: new Date('2026-11-01'),
  columns: [
    { key: 'a', label: 'A', group: 'G' },
    { key: 'b', label: 'B', group: 'G' },
    { key: 'c', label: 'C' },
  ],
  rows: [
    { label: 'Row one', term: 'weights', cells: { a: 'yes', b: 'Free text', c: { value: 'partial', note: 'Depends.' } } },
    { label: 'Row two', cells: { a: { text: 'Sourced', source: 'osi' }, b: 'na', c: { value: 'no', note: 'Never.', asOf: new Date('2026-10-02') } } },
  ],
  sources: [{ id: 'osi', title: 'OSI', url: 'https://opensource.org/' }],
};

describe('renderTable', () => {
  const table = renderTable(spec, (slug) => `/glossary/${slug}/`);

  it('shows vocabulary values as a word and a symbol, free text as text', () => {
    expect(table.rows[0]?.cells[0]).toEqual({ value: { key: 'yes', label: 'Yes', symbol: '✓' } });
    expect(table.rows[0]?.cells[1]).toEqual({ text: 'Free text' });
    expect(table.rows[1]?.cells[1]?.value?.label).toBe('Not applicable');
  });
  it('numbers footnotes in reading order', () => {
    expect(table.notes).toEqual([
      { n: 1, text: 'Depends.' },
      { n: 2, text: 'Never.' },
    ]);
    expect(table.rows[1]?.cells[2]?.note).toBe(2);
  });
  it('resolves cell sources and dates them with the table date unless the cell has its own', () => {
    expect(table.rows[1]?.cells[0]).toMatchObject({ source: { title: 'OSI' }, asOf: '2026-11-01' });
    expect(table.rows[1]?.cells[2]?.asOf).toBe('2026-10-02');
  });
  it('links row headers to glossary terms', () => {
    expect(table.rows[0]?.href).toBe('/glossary/weights/');
    expect(table.rows[1]?.href).toBeUndefined();
  });
  it('groups consecutive columns that share a group', () => {
    expect(table.groups).toEqual([
      { label: 'G', span: 2 },
      { label: '', span: 1 },
    ]);
    expect(groupColumns([{ key: 'x', label: 'X' }])).toBeUndefined();
  });
  it('refuses a row with a missing cell', () => {
    const broken = { ...spec, rows: [{ label: 'Short row', cells: { a: 'yes', b: 'no' } }] } as TableSpec;
    expect(() => renderTable(broken, (s) => s)).toThrow('Row "Short row" has no cell for column "c".');
  });
});

describe('model families table', () => {
  const openness = (data: 'yes' | 'no') =>
    Object.fromEntries(
      ['weights', 'inferenceCode', 'trainingCode', 'trainingData', 'dataInformation', 'technicalReport', 'evaluationCode'].map((c) => [
        c,
        { value: c === 'weights' ? 'yes' : data, evidence: 'https://example.org/', checked: new Date('2026-11-23') },
      ]),
    ) as FamilyRelease['data']['openness'];
  const release = (id: string, name: string, released: string, license: string, kind: 'permissive' | 'community', data: 'yes' | 'no', checked = '2026-11-23'): FamilyRelease => ({
    id,
    data: { name, released: new Date(released), checked: new Date(checked), openness: openness(data), card: `https://example.org/${id}` },
    license: { short: license, kind },
  });
  const gemma = summariseFamily('gemma', { name: 'Gemma', publisher: 'Google', card: 'https://example.org/gemma' }, [
    release('gemma-4', 'Gemma 4', '2026-04-02', 'Apache 2.0', 'permissive', 'no', '2026-12-04'),
    release('gemma-3', 'Gemma 3', '2025-03-12', 'Gemma Terms of Use', 'community', 'no'),
    release('gemma-3n', 'Gemma 3n', '2025-06-26', 'Gemma Terms of Use', 'community', 'no'),
  ]);
  const table = modelFamiliesTable([gemma]);

  it('derives a family row from its releases: licences newest first, each release with its terms and date', () => {
    const cells = table.rows[0]?.cells;
    expect(cells?.['kind']).toBe('Open weights');
    expect(cells?.['license']).toEqual({
      text: 'Apache 2.0; Gemma Terms of Use',
      note: 'Gemma 3 (March 2025) and Gemma 3n (June 2025): Gemma Terms of Use. Gemma 4 (April 2026): Apache 2.0.',
      asOf: new Date('2026-11-23'),
    });
    expect(cells?.['card']).toEqual({ link: { href: 'https://example.org/gemma-4', label: 'Gemma 4 card' }, text: 'checked November 23, 2026' });
    expect(gemma.spectrum).toEqual(['restricted-weights', 'permissive-weights']);
  });

  it('dates a row by its least recently checked release', () => {
    expect(gemma.checked).toEqual(new Date('2026-11-23'));
    expect(table.asOf).toEqual(new Date('2026-11-23'));
  });

  it('calls a family fully open only when its newest release publishes code and data under free terms', () => {
    const open = summariseFamily('olmo', { name: 'OLMo', publisher: 'Ai2', card: 'https://example.org/' }, [release('olmo-2', 'OLMo 2', '2024-11-26', 'Apache 2.0', 'permissive', 'yes')]);
    expect(open.kind).toBe('open-source');
    expect(open.spectrum).toEqual(['fully-open']);
    expect(spectrumPoint(release('x', 'X', '2025-01-01', 'Custom', 'community', 'yes'))).toBe('weights-code-data');
  });

  it('stops the build for a family without releases', () => {
    expect(() => summariseFamily('ghost', { name: 'Ghost', publisher: 'Nobody', card: 'https://example.org/' }, [])).toThrow(
      'content/families/ghost.yaml: no release in content/models names this family; add one or remove the family.',
    );
  });
});
