import { describe, expect, it } from 'vitest';
import { datedFacts, dueFacts, readDatedFacts, renderDue } from '../../scripts/lib/facts-due.ts';
import { CONTENT } from '../support/content';

const today = new Date('2026-12-04');

describe('npm run facts:due', () => {
  const release = datedFacts('content/models/x.yaml', {
    name: 'X 1',
    checked: '2026-11-01',
    sources: [{ title: 'Card', url: 'https://example.org/card' }],
    openness: { weights: { value: 'yes', evidence: 'https://example.org/weights', checked: '2026-01-15' } },
  });
  const table = datedFacts('content/comparisons/t.yaml', {
    caption: 'T',
    asOf: '2026-10-01',
    sources: [{ id: 'lic', title: 'Licence', url: 'https://example.org/licence' }],
    rows: [{ label: 'Row', cells: { a: { text: 'old', source: 'lic', asOf: '2025-02-01' }, b: 'yes' } }],
  });

  it('finds every dated fact: a release, each openness component, a licence, a table and its dated cells', () => {
    expect(release.map((f) => f.fact)).toEqual(['X 1: release facts (licence, sizes, dates)', 'X 1: weights']);
    expect(table.map((f) => [f.fact, f.sources])).toEqual([
      ['T: the table', ['https://example.org/licence']],
      ['T: Row / a', ['https://example.org/licence']],
    ]);
  });

  it('lists those checked more than six months ago, oldest first, with where to check them', () => {
    const due = dueFacts([...release, ...table], today);
    expect(due.map((f) => f.fact)).toEqual(['T: Row / a', 'X 1: weights']);
    const report = renderDue(due, 4, today, 6);
    expect(report).toContain('2 of 4 dated facts were last checked more than 6 months before 2026-12-04:');
    expect(report).toContain('2026-01-15  content/models/x.yaml  X 1: weights\n            check: https://example.org/weights');
    expect(renderDue([], 4, today, 6)).toBe('All 4 dated facts were checked within 6 months of 2026-12-04.');
  });

  it('reads the real content: every release and licence is dated', () => {
    const facts = readDatedFacts(CONTENT);
    expect(facts.filter((f) => f.file.startsWith('content/models/')).length).toBeGreaterThan(20 * 8);
    expect(facts.filter((f) => f.file.startsWith('content/licenses/')).length).toBeGreaterThan(10);
    for (const f of facts) expect(f.checked.getTime(), `${f.file}: ${f.fact}`).toBeLessThanOrEqual(today.getTime());
  });
});
