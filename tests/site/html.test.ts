import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { htmlPages, readPage } from '../support/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's compressHTML joins inline elements; whitespace style is not a validity question.
    'no-trailing-whitespace': 'off',
    // Shiki writes colours as inline styles by design (light-dark() per token).
    'no-inline-style': 'off',
    // Attribute order/quoting is the compiler's, not ours.
    'attribute-empty-style': 'off',
    // The same link text ("Source") legitimately points at different cited pages in tables.
    'valid-id': ['error', { relaxed: true }],
  },
});

const pages = htmlPages();

describe('every built page is valid HTML', () => {
  it('finds the pages', () => expect(pages.length).toBeGreaterThan(90));
  it.each(pages.map((p) => [p.path, p.file]))('%s', async (_path, file) => {
    const report = await validator.validateString(readPage(file));
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });
});
