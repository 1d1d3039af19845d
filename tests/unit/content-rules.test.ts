import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { balancedHtml } from '@/build/markdown/content-html';
import { articleProblems, faqProblems, fileNameProblems, formatProblem, glossaryProblems, yamlDateProblems, yamlPathLine, type BodyEntry } from '@/lib/content-rules';
import { calendarDateProblem, parseCalendarDate } from '@/lib/dates';
import { editorMessage } from '@/lib/schema-messages';
import { articleSchema, licenseSchema } from '@/lib/schemas';

/** The content rules the build runs (src/build/content-rules.ts), each proven on planted faults. */
const lines = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const entry = <D,>(file: string, data: D, body: string, front = ''): BodyEntry<D> => ({ file, data, body, source: () => `---\n${front}\n---\n\n${body}` });

describe('file names', () => {
  it('finds two files that would be one entry: another extension, or another case', () => {
    expect(lines(fileNameProblems('content/comparisons', ['release-types.yaml', 'release-types.yml', 'open-vs-closed.yaml', 'notes.txt'], ['.yaml', '.yml']))).toEqual([
      'content/comparisons/release-types.yaml: is the same entry ("release-types") as content/comparisons/release-types.yml, and only one of them would be published: keep one file and delete the other.',
    ]);
    expect(lines(fileNameProblems('content/faq', ['are-open-weights-free.md', 'Are-Open-Weights-Free.md'], ['.md']))).toEqual([
      'content/faq/Are-Open-Weights-Free.md: is the same entry ("are-open-weights-free") as content/faq/are-open-weights-free.md, and only one of them would be published: keep one file and delete the other.',
    ]);
  });
  it('wants names that are slugs, and says which', () => {
    expect(lines(fileNameProblems('content/glossary', ['Model Card.md', 'lora.md'], ['.md']))).toEqual([
      "content/glossary/Model Card.md: the file name is the entry's slug and its page's address, so it may hold only lower-case letters, digits and single hyphens: rename it model-card.md.",
    ]);
  });
});

describe('dates as written', () => {
  const today = new Date('2026-12-05T12:00:00Z');
  it('reads only real days', () => {
    expect(parseCalendarDate('2028-02-29')).toEqual(new Date('2028-02-29'));
    expect([parseCalendarDate('2026-02-29'), parseCalendarDate('2026-13-01'), parseCalendarDate('2026-1-5')]).toEqual([undefined, undefined, undefined]);
    expect(calendarDateProblem('2026-02-30', today)).toBe('2026-02-30 is not a date: February 2026 has 28 days.');
    expect(calendarDateProblem('2026-04-31', today)).toBe('2026-04-31 is not a date: April 2026 has 30 days.');
    expect(calendarDateProblem('2026-00-10', today)).toBe('2026-00-10 is not a date: there is no month 0. Write it as YYYY-MM-DD.');
  });
  it('allows today and tomorrow (editors ahead of UTC), not later', () => {
    expect([calendarDateProblem('2026-12-05', today), calendarDateProblem('2026-12-06', today)]).toEqual([undefined, undefined]);
    expect(calendarDateProblem('2026-12-07', today)).toMatch(/^2026-12-07 is in the future \(the build ran on 2026-12-05\)/);
  });
  it('finds every date-valued line of a YAML text, quoted or not, nested or in a list, with its line', () => {
    const yaml = ['title: Released on 2026-02-30, says the prose', 'updated: 2026-02-30', 'openness:', '  weights:', "    checked: '2099-01-01' # typo", '  dates:', '    - 2026-06-31', 'released: 2026-03-04T10:00:00Z', 'asOf: 2026-11-23'].join('\n');
    expect(lines(yamlDateProblems('content/models/x.yaml', yaml, today))).toEqual([
      'content/models/x.yaml:2: updated: 2026-02-30 is not a date: February 2026 has 28 days.',
      'content/models/x.yaml:5: checked: 2099-01-01 is in the future (the build ran on 2026-12-05): write the date the fact was checked or the text reviewed.',
      'content/models/x.yaml:7: 2026-06-31 is not a date: June 2026 has 30 days.',
      'content/models/x.yaml:8: released: "2026-03-04T10:00:00Z" is a time: write the date alone, as 2026-03-04.',
    ]);
    expect(yamlDateProblems('content/faq/x.md', 'question: Why?\nupdated: 2026-02-30', today, 2)[0]?.line, 'front matter starts on line 2').toBe(3);
  });
});

describe('schema problems at their lines', () => {
  const yaml = ['title: T', 'sources:', '  - title: A', '    url: https://a.org', '  - title: B', '    url: https://b.org', 'openness:', '  weights:', '    value: yes', '    evidence: https://x.org', 'next: { articles: [] }'].join('\n');
  it('follows keys and list items by indentation', () => {
    expect(yamlPathLine(yaml, ['title'])).toBe(1);
    expect(yamlPathLine(yaml, ['sources', 1, 'url'])).toBe(6);
    expect(yamlPathLine(yaml, ['sources', 0, 'title'])).toBe(3);
    expect(yamlPathLine(yaml, ['openness', 'weights', 'evidence'])).toBe(10);
  });
  it('has no line for a missing field, and the parent line for a missing deeper one', () => {
    expect(yamlPathLine(yaml, ['description'])).toBeUndefined();
    expect(yamlPathLine(yaml, ['openness', 'weights', 'checked'])).toBe(8);
    expect(yamlPathLine(yaml, ['next', 'articles'])).toBe(11);
  });
  it('says what a missing or mistyped field needs, without repeating its name', () => {
    const problems = (schema: typeof articleSchema | typeof licenseSchema, data: unknown) =>
      schema.safeParse(data, { error: editorMessage }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems(articleSchema, { order: 'first', published: '2026-11-23', updated: '2026-11-23', sources: [] })).toEqual([
      'title: Missing: write text of 10 to 70 characters.',
      'description: Missing: write text of 50 to 170 characters.',
      'order: Write a whole number, not "first".',
      'sources: Articles need at least two public sources (title and url).',
    ]);
    expect(problems(licenseSchema, { osiApproved: 'yes', colour: 'blue' })).toEqual(
      expect.arrayContaining(['osiApproved: Write true or false, not "yes".', 'sources: Missing: write a list (one "- " line per item).', ': Unknown field "colour": check the spelling, or remove it.']),
    );
  });
});

describe('articles', () => {
  const article = (file: string, order: number, count: number) => entry(`content/articles/${file}`, { order }, words(count), `title: x\norder: ${order}`);
  it('are 700 to 2,000 words', () => {
    expect(lines(articleProblems([article('a.mdx', 1, 89), article('b.mdx', 2, 700), article('c.mdx', 3, 2001)]))).toEqual([
      'content/articles/a.mdx: the article has 89 words; an article has 700 to 2,000 (a shorter text belongs in a FAQ answer or a glossary entry).',
      'content/articles/c.mdx: the article has 2,001 words; an article has 700 to 2,000 (split a longer one into two articles).',
    ]);
  });
  it('each have their own place in the reading order', () => {
    expect(lines(articleProblems([article('b.mdx', 3, 800), article('a.mdx', 3, 800), article('c.mdx', 4, 800)]))).toEqual([
      'content/articles/a.mdx:3: order: 3 is also the order of content/articles/b.mdx. Give each article its own place in the reading order (5 is free).',
    ]);
  });
  it('ship no placeholder text', () => {
    expect(lines(articleProblems([entry('content/articles/a.mdx', { order: 1 }, `${words(800)}\n\nTODO: check the numbers`)]))).toEqual([
      'content/articles/a.mdx:7: unfinished text ("TODO"): finish the passage or remove the marker before publishing.',
    ]);
  });
});

describe('FAQ answers', () => {
  const faq = (file: string, question: string, body: string) => entry(`content/faq/${file}`, { question }, body, `question: ${question}`);
  it('open with a short answer of 1 to 60 words', () => {
    expect(lines(faqProblems([faq('a.md', 'A?', `${words(130)}\n\nMore.`), faq('b.md', 'B?', ''), faq('c.md', 'C?', `${words(60)}\n\n${words(300)}`)]))).toEqual([
      'content/faq/a.md:5: the short answer (the first paragraph) has 130 words; the FAQ list, link previews and search engines show it whole. Keep it to 60 words and move the detail to the next paragraph.',
      'content/faq/b.md: the answer is empty. Its first paragraph is the short answer that the FAQ list, link previews and search engines show: write one that answers the question on its own, in at most 60 words.',
    ]);
  });
  it('ask each question once', () => {
    expect(lines(faqProblems([faq('a.md', 'Is it free?', 'Yes.'), faq('b.md', 'Is it FREE?', 'No.')]))).toEqual([
      'content/faq/a.md:2: question: content/faq/b.md asks the same question. Merge the two answers, or reword one.',
    ]);
  });
});

describe('glossary entries', () => {
  it('explain the term below its definition in at least 40 words', () => {
    expect(lines(glossaryProblems([entry('content/glossary/a.md', {}, words(12)), entry('content/glossary/b.md', {}, words(40))]))).toEqual([
      "content/glossary/a.md: the explanation below the front matter has 12 words; write at least 40, so the term's page says more than its preview.",
    ]);
  });
});

describe('HTML written in Markdown', () => {
  const problemsIn = async (markdown: string) => {
    try {
      await markdownToHtml(markdown, { hastPlugins: [balancedHtml] });
      return [];
    } catch (error) {
      return (error as { problems?: unknown }).problems;
    }
  };
  it('closes every element it opens', async () => {
    expect(await problemsIn('Intro.\n\n<div class="note">\n\nInside.\n')).toEqual([{ line: 3, message: '<div> is never closed, so it would hold the rest of the page: add </div> where it ends.' }]);
    expect(await problemsIn('Text with a stray </span> tag.\n')).toEqual([{ line: 1, message: '</span> closes an element that was never opened: remove it, or add the <span> it belongs to.' }]);
    expect(await problemsIn('<div>\n<p>Open\n</div>\n')).toEqual([{ line: 2, message: '<p> is still open at the </div> that follows it: add </p> where it ends.' }]);
  });
  it('accepts balanced and void elements, comments, and tags in code', async () => {
    expect(await problemsIn('<div class="note">\n\nA <abbr title="x>y">note</abbr>.<br>\n\n</div>\n\n<!-- <div> -->\n\n`<div>` and\n\n```html\n<section>\n```\n')).toEqual([]);
  });
});
