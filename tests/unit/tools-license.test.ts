import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkerTopicSchema, licenseSchema } from '@/lib/schemas';
import { licenseThresholds } from '@/lib/tools/license-thresholds';
import {
  checkerTopics,
  checkPlan,
  withThresholds,
  LICENSE_KINDS,
  licenseTable,
  linkedSlugs,
  QUESTIONS,
  STATUS_DISPLAY,
  summarize,
  TABLE_KINDS,
  type Answers,
  type PartialAnswers,
  type LicenseKind,
  type Status,
  type TopicId,
} from '@/lib/tools/license-check';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
/** The checker's words and the licences' thresholds, read from content/ as the build reads them. */
const rawTopics = parse(readFileSync(`${CONTENT}tools/license-checker.yaml`, 'utf8')) as Record<string, unknown>;
const entries = Object.entries(rawTopics).map(([id, data]) => ({ id, data: checkerTopicSchema.parse(data) }));
const licenses = readdirSync(`${CONTENT}licenses`).map((f) => licenseSchema.parse(parse(readFileSync(`${CONTENT}licenses/${f}`, 'utf8'))));
const { thresholds, withNone } = licenseThresholds(licenses);
const TOPICS = withThresholds(checkerTopics(entries), thresholds, withNone);
const none: Omit<Answers, 'license'> = { commercial: 'no', redistribute: 'no', host: 'no', derivative: 'no', scale: 'no', field: 'no' };
const topics = (answers: PartialAnswers) => checkPlan(answers, TOPICS).items.map((i) => i.id);
const statusOf = (answers: PartialAnswers, topic: TopicId) => checkPlan(answers, TOPICS).items.find((i) => i.id === topic)?.status;

describe('before the license is chosen', () => {
  it('lists nothing and names every question as unanswered', () => {
    expect(checkPlan({}, TOPICS)).toEqual({ items: [], unanswered: QUESTIONS.map((q) => q.id) });
    expect(checkPlan({ commercial: 'yes', scale: 'yes' }, TOPICS).items).toEqual([]);
    expect(summarize(checkPlan({}, TOPICS))).toBe('Choose the kind of license to see what to check.');
  });
});

describe('a plan that does none of the listed things', () => {
  it.each([
    ['permissive', ['version']],
    ['community', ['version']],
    ['research', ['version', 'scope']],
    ['unknown', ['identify', 'version']],
  ] as const)('%s: %j', (license, expected) => {
    expect(topics({ license, ...none })).toEqual(expected);
    expect(checkPlan({ license, ...none }, TOPICS).unanswered).toEqual([]);
  });
});

/** Expected status for each plan step, per kind of license, when the reader answers "yes". */
const YES: Record<'commercial' | 'redistribute' | 'host' | 'derivative' | 'scale' | 'field', Record<LicenseKind, Status>> = {
  commercial: { permissive: 'usual', community: 'read', research: 'barrier', unknown: 'read' },
  redistribute: { permissive: 'usual', community: 'read', research: 'read', unknown: 'read' },
  host: { permissive: 'usual', community: 'read', research: 'read', unknown: 'read' },
  derivative: { permissive: 'usual', community: 'read', research: 'read', unknown: 'read' },
  scale: { permissive: 'usual', community: 'read', research: 'read', unknown: 'read' },
  field: { permissive: 'usual', community: 'read', research: 'read', unknown: 'read' },
};

describe('each "yes" adds its topic with the status typical of the license', () => {
  for (const [topic, byKind] of Object.entries(YES)) {
    for (const [license, status] of Object.entries(byKind)) {
      it(`${topic} under ${license}: ${status}`, () => {
        const answers = { license: license as LicenseKind, ...none, [topic]: 'yes' };
        expect(statusOf(answers, topic as TopicId)).toBe(status);
        expect(topics(answers)).toContain(topic);
      });
    }
  }
  it('a "no" leaves the topic out', () => {
    for (const { id: license } of LICENSE_KINDS) {
      for (const topic of Object.keys(YES)) expect(topics({ license, ...none })).not.toContain(topic);
    }
  });
});

describe('"not sure" counts as a reason to read', () => {
  it.each(['permissive', 'community', 'research', 'unknown'] as const)('%s', (license) => {
    expect(statusOf({ license, ...none, scale: 'unsure' }, 'scale')).toBe(license === 'permissive' ? 'usual' : 'read');
    expect(statusOf({ license, ...none, field: 'unsure' }, 'field')).toBe(license === 'permissive' ? 'usual' : 'read');
  });
  it('size under a community license is something to read, whether the answer is "yes" or "not sure"', () => {
    expect(statusOf({ license: 'community', ...none, scale: 'yes' }, 'scale')).toBe('read');
    expect(statusOf({ license: 'community', ...none, scale: 'unsure' }, 'scale')).toBe('read');
  });
});

describe('research-only licenses', () => {
  it('ask what counts as research only when the use is not commercial', () => {
    expect(topics({ license: 'research', ...none, commercial: 'no' })).toContain('scope');
    expect(topics({ license: 'research', ...none, commercial: 'yes' })).not.toContain('scope');
    expect(topics({ license: 'research' })).not.toContain('scope');
    expect(topics({ license: 'community', ...none, commercial: 'no' })).not.toContain('scope');
  });
});

describe('every combination of answers', () => {
  const options = (id: keyof Answers) => (QUESTIONS.find((q) => q.id === id)?.options ?? []).map((o) => o.id);
  const combos: Answers[] = [];
  for (const license of options('license'))
    for (const commercial of options('commercial'))
      for (const redistribute of options('redistribute'))
        for (const host of options('host'))
          for (const derivative of options('derivative'))
            for (const scale of options('scale'))
              for (const field of options('field'))
                combos.push({ license, commercial, redistribute, host, derivative, scale, field } as Answers);
  const ORDER: TopicId[] = ['identify', 'version', 'commercial', 'scope', 'redistribute', 'host', 'derivative', 'scale', 'field'];

  it('covers 4 × 2 × 2 × 2 × 2 × 3 × 3 = 576 plans', () => expect(combos).toHaveLength(576));
  it('lists each topic at most once, in a fixed order, always with the version check', () => {
    for (const answers of combos) {
      const ids = topics(answers);
      expect(ids).toEqual(ORDER.filter((t) => ids.includes(t)));
      expect(ids).toContain('version');
      expect(ids.includes('identify')).toBe(answers.license === 'unknown');
    }
  });
  it('never calls anything a barrier under a permissive license, and always does for commercial research use', () => {
    for (const answers of combos) {
      const statuses = checkPlan(answers, TOPICS).items.map((i) => i.status);
      if (answers.license === 'permissive') expect(statuses).not.toContain('barrier');
      if (answers.license === 'research' && answers.commercial === 'yes') expect(statuses).toContain('barrier');
    }
  });
  it('gives every item a title, a text of full sentences and at least one link', () => {
    for (const answers of combos) {
      for (const item of checkPlan(answers, TOPICS).items) {
        expect(item.title).not.toBe('');
        expect(item.text).toMatch(/^[A-Z].*[.)]$/);
        expect(item.links.terms.length + item.links.faq.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('links', () => {
  it('point only at glossary terms and FAQ answers that exist', () => {
    const { terms, faq } = linkedSlugs(TOPICS);
    expect(terms.filter((slug) => !existsSync(`${CONTENT}glossary/${slug}.md`))).toEqual([]);
    expect(faq.filter((slug) => !existsSync(`${CONTENT}faq/${slug}.md`))).toEqual([]);
    expect(terms.length).toBeGreaterThan(5);
  });
});

describe('the summary line', () => {
  it('counts points by status and mentions unanswered questions', () => {
    expect(summarize(checkPlan({ license: 'research', ...none, commercial: 'yes', derivative: 'yes' }, TOPICS))).toBe(
      '3 points to check: 1 usually needs a separate agreement, 2 to read closely.',
    );
    expect(summarize(checkPlan({ license: 'permissive', commercial: 'yes' }, TOPICS))).toBe(
      '2 points to check: 1 to read closely, 1 usually allowed. 5 questions still unanswered.',
    );
    expect(summarize(checkPlan({ license: 'community', ...none, scale: 'yes', field: 'yes' }, TOPICS))).toBe('3 points to check: 3 to read closely.');
    expect(summarize(checkPlan({ license: 'permissive', ...none, field: undefined }, TOPICS))).toBe('1 point to check: 1 to read closely. 1 question still unanswered.');
  });
  it('shows every status as a symbol and a word', () => {
    for (const { symbol, word } of Object.values(STATUS_DISPLAY)) {
      expect(symbol).not.toBe('');
      expect(word).toMatch(/^[A-Z]/);
    }
  });
});

describe('the table shown without JavaScript', () => {
  it('has one row per plan step and one cell per known kind of license, matching the checker', () => {
    const table = licenseTable(TOPICS);
    expect(table.map((r) => r.topic)).toEqual(['commercial', 'redistribute', 'host', 'derivative', 'scale', 'field']);
    for (const row of table) {
      expect(row.cells).toHaveLength(TABLE_KINDS.length);
      row.cells.forEach((cell, i) => {
        const license = TABLE_KINDS[i] as LicenseKind;
        const checked = checkPlan({ license, ...none, [row.topic]: row.topic === 'scale' ? 'unsure' : 'yes' }, TOPICS).items.find((x) => x.id === row.topic);
        expect(cell).toEqual({ status: checked?.status, text: checked?.text });
      });
    }
  });
});

describe('size thresholds', () => {
  it('give a large company under a custom license the real thresholds to compare, not a verdict', () => {
    const scale = checkPlan({ license: 'community', ...none, scale: 'yes' }, TOPICS).items.find((i) => i.id === 'scale');
    expect(scale?.status).toBe('read');
    expect(scale?.text).toMatch(/Llama [^;]*Community License[^;]*: more than 700 million monthly active users/);
    expect(scale?.text).toContain('Qwen License: more than 100 million monthly active users.');
    expect(scale?.text).toMatch(/No such limit: [^.]*Gemma Terms of Use/);
    expect(scale?.text).toContain('Devstral 2');
  });
  it('group licences that share a threshold and list the custom ones that set none', () => {
    expect(
      licenseThresholds([
        { short: 'A', kind: 'community', userLimit: { monthlyActiveUsers: 700_000_000 } },
        { short: 'B', kind: 'community', userLimit: { monthlyActiveUsers: 700_000_000 } },
        { short: 'C', kind: 'permissive', revenueLimit: { monthlyUsd: 20_000_000 } },
        { short: 'D', kind: 'community' },
        { short: 'E', kind: 'permissive' },
      ]),
    ).toEqual({
      thresholds: [
        { license: 'A and B', text: 'more than 700 million monthly active users' },
        { license: 'C', text: 'more than US$20 million in monthly revenue' },
      ],
      withNone: ['D'],
    });
  });
  it('stop the build when the checker lacks a topic or a note', () => {
    const without = entries.filter((e) => e.id !== 'host').map((e) => (e.id === 'scale' ? { ...e, data: { ...e.data, notes: { ...e.data.notes, research: undefined } } } : e));
    expect(() => checkerTopics(without)).toThrow('content/tools/license-checker.yaml lacks topic "host", scale.notes.research.');
  });
});
