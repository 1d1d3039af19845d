import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { TableSpec } from '@/lib/comparison';
import { SPECTRUM } from '@/lib/openness';
import { comparisonSchema, familySchema, licenseSchema, modelSchema } from '@/lib/schemas';
import { summariseFamilies } from '@/lib/model-families';
import { CONTENT, loadCollection } from '../support/content';
import { explorerPoints, RELEASED_ROWS, TEXT_ROWS, type ExplorerPoint, type FamilyFacts } from '@/lib/tools/openness-explorer';
import { factsHtml } from '@/lib/tools/openness-explorer-html';

const keys = SPECTRUM.map((s) => s.key);

/** A tiny table in the shape the explorer reads, with one cell value per column. */
function table(overrides: Partial<TableSpec> = {}): TableSpec {
  const row = (key: string, cell: (column: string, i: number) => TableSpec['rows'][number]['cells'][string]) => ({
    label: `Row ${key}`,
    key,
    cells: Object.fromEntries(keys.map((k, i) => [k, cell(k, i)])),
  });
  return {
    caption: 'Spectrum',
    rowHeading: 'What',
    columns: keys.map((key) => ({ key, label: key })),
    rows: [
      { ...row('weights', (_k, i) => (i === 0 ? 'no' : 'yes')), term: 'weights' },
      row('code', (_k, i) => (i === 0 ? 'no' : { value: 'sometimes', note: 'Inference code only.' })),
      row('data', () => 'rarely'),
      row('recipe', (k) => `Recipe at ${k}`),
      row('license', (k) => ({ text: `License at ${k}`, source: 'osi' })),
      row('can', (k) => `Can at ${k}`),
      row('cannot', (k) => `Cannot at ${k}`),
      row('example', (k) => ({ text: `Example at ${k}` })),
      { label: 'Unkeyed row', cells: Object.fromEntries(keys.map((k) => [k, 'na'])) },
    ],
    sources: [{ id: 'osi', title: 'OSI', url: 'https://opensource.org/' }],
    ...overrides,
  };
}

const family = (name: string, spectrum: FamilyFacts['spectrum']): FamilyFacts => ({
  name,
  publisher: `${name} Inc.`,
  license: `${name} License`,
  card: `https://example.org/${name}`,
  spectrum,
});

describe('explorerPoints', () => {
  it('gives one point per spectrum stop, in order, with the table cells for that column', () => {
    const points = explorerPoints(table(), []);
    expect(points.map((p) => [p.number, p.key])).toEqual(keys.map((k, i) => [i + 1, k]));
    expect(points[0]).toEqual({
      key: 'api-only',
      number: 1,
      label: 'API only',
      detail: SPECTRUM[0].detail,
      released: [
        { label: 'Row weights', term: 'weights', value: { label: 'No', symbol: '✕' } },
        { label: 'Row code', term: undefined, value: { label: 'No', symbol: '✕' } },
        { label: 'Row data', term: undefined, value: { label: 'Rarely', symbol: '◔' } },
        { label: 'Row recipe', term: undefined, text: 'Recipe at api-only' },
        { label: 'Row license', term: undefined, text: 'License at api-only' },
      ],
      can: 'Can at api-only',
      cannot: 'Cannot at api-only',
      example: 'Example at api-only',
      families: [],
    });
    expect(points[1]?.released[1]).toEqual({ label: 'Row code', term: undefined, value: { label: 'Sometimes', symbol: '◑' }, note: 'Inference code only.' });
  });

  it('places each family at every point its spectrum list names, without the list itself', () => {
    const points = explorerPoints(table(), [family('Alpha', ['restricted-weights', 'permissive-weights']), family('Beta', ['fully-open'])]);
    const names = Object.fromEntries(points.map((p) => [p.key, p.families.map((f) => f.name)]));
    expect(names).toEqual({
      'api-only': [],
      'restricted-weights': ['Alpha'],
      'permissive-weights': ['Alpha'],
      'weights-code-data': [],
      'fully-open': ['Beta'],
    });
    expect(points[4]?.families[0]).toEqual({ name: 'Beta', publisher: 'Beta Inc.', license: 'Beta License', card: 'https://example.org/Beta' });
  });

  it('says which columns it expected when the table does not follow the spectrum', () => {
    const columns = table().columns.map((c) => (c.key === 'weights-code-data' ? { ...c, key: 'disclosed' } : c));
    expect(() => explorerPoints(table({ columns }), [])).toThrow(
      "The openness-spectrum table's columns must be the spectrum's keys in order (api-only, restricted-weights, permissive-weights, weights-code-data, fully-open); found api-only, restricted-weights, permissive-weights, disclosed, fully-open.",
    );
  });

  it('names the rows it needs when they are missing', () => {
    const rows = table().rows.filter((r) => r.key !== 'cannot' && r.key !== 'data');
    expect(() => explorerPoints(table({ rows }), [])).toThrow('The openness-spectrum table needs rows with these keys: data, cannot.');
  });
});

describe('the real content', () => {
  const spec = comparisonSchema.parse(parse(readFileSync(`${CONTENT}comparisons/openness-spectrum.yaml`, 'utf8')));
  const families = summariseFamilies(loadCollection('families', familySchema), loadCollection('models', modelSchema), loadCollection('licenses', licenseSchema)).map((f) => ({
    ...f,
    license: f.licenses.join('; '),
  }));

  it('lines up: every point has facts, and every row the explorer reads has text at every point', () => {
    const points = explorerPoints(spec, families);
    expect(points).toHaveLength(SPECTRUM.length);
    for (const p of points) {
      expect(p.released.map((r) => r.label)).toHaveLength(RELEASED_ROWS.length);
      for (const r of p.released) expect(r.value ?? r.text).toBeTruthy();
      for (const k of TEXT_ROWS) expect(p[k]).not.toBe('');
    }
  });

  it('places each family by what its releases publish and under which licence', () => {
    const points = explorerPoints(spec, families);
    const at = (key: string) => points.find((p) => p.key === key)?.families.map((f) => f.name).sort();
    expect(at('fully-open')).toEqual(['OLMo', 'Pythia']);
    expect(at('api-only')).toEqual([]);
    expect(at('restricted-weights')).toEqual(expect.arrayContaining(['Llama', 'Gemma', 'DeepSeek']));
    expect(at('permissive-weights')).toEqual(expect.arrayContaining(['Gemma', 'Qwen', 'Phi', 'gpt-oss']));
    expect(at('permissive-weights')).not.toContain('Llama');
  });
});
describe('factsHtml', () => {
  const termUrl = (slug: string) => `/glossary/${slug}/`;

  it('renders what is released, the rights and the families, in the explorer markup', () => {
    const [, second] = explorerPoints(table(), [family('Alpha', ['restricted-weights']), family('Beta', ['restricted-weights'])]);
    const html = factsHtml(second as ExplorerPoint, termUrl);
    expect(html.startsWith('<div class="facts"><dl><div><dt><a href="/glossary/weights/">Row weights</a></dt><dd><strong><span aria-hidden="true">✓</span> Yes</strong></dd></div>')).toBe(true);
    expect(html).toContain('<dd><strong><span aria-hidden="true">◑</span> Sometimes</strong><span class="note">Inference code only.</span></dd>');
    expect(html).toContain('<div><dt>What you cannot do</dt><dd>Cannot at restricted-weights</dd></div>');
    expect(html).toContain(
      '<span class="family"><a href="https://example.org/Alpha">Alpha</a>, by Alpha Inc.: Alpha License;</span><span class="family"><a href="https://example.org/Beta">Beta</a>, by Beta Inc.: Beta License.</span>',
    );
    expect(html.endsWith('</dd></div></dl></div>')).toBe(true);
  });

  it('says when no family sits at a point', () => {
    const [first] = explorerPoints(table(), []);
    expect(factsHtml(first as ExplorerPoint, termUrl)).toContain('<dd>None of the families in the model table sits here.</dd>');
  });

  it('escapes every piece of text and every link', () => {
    const [first] = explorerPoints(table(), [{ ...family('<img src=x onerror=alert(1)>', ['api-only']), card: 'https://example.org/?a="b"&c' }]);
    const html = factsHtml({ ...(first as ExplorerPoint), can: `Tom's <b>"plan"</b> & more` }, termUrl);
    expect(html).toContain('<dd>Tom&#39;s &lt;b&gt;&quot;plan&quot;&lt;/b&gt; &amp; more</dd>');
    expect(html).toContain('<a href="https://example.org/?a=&quot;b&quot;&amp;c">&lt;img src=x onerror=alert(1)&gt;</a>');
    expect(html).not.toContain('<img');
  });
});
