import { describe, expect, it } from 'vitest';
import { groupColumns, renderTable, type TableSpec } from '@/lib/comparison';
import { modelFamiliesTable } from '@/lib/model-families';

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
  const table = modelFamiliesTable([
    {
      name: 'Pythia',
      publisher: 'EleutherAI',
      kind: 'open-source',
      versions: 'all sizes',
      license: 'Apache 2.0',
      licenseNote: 'Permissive.',
      weights: 'yes',
      code: 'yes',
      data: 'yes',
      card: 'https://huggingface.co/EleutherAI/pythia-6.9b',
      checked: new Date('2026-11-23'),
    },
  ]);
  it('makes one row per family with its card, date and license note', () => {
    expect(table.rows).toHaveLength(1);
    const cells = table.rows[0]?.cells;
    expect(cells?.['kind']).toBe('Fully open');
    expect(cells?.['card']).toEqual({ link: { href: 'https://huggingface.co/EleutherAI/pythia-6.9b', label: 'Pythia card' }, text: 'checked November 23, 2026' });
    expect(cells?.['license']).toMatchObject({ note: 'Pythia (all sizes): Permissive.' });
    expect(table.asOf).toEqual(new Date('2026-11-23'));
  });
});
