/**
 * The "Can I use it for this?" checker: a reader describes a plan and the kind of license, and
 * gets the parts of the license text to read, each with a typical answer. It points at clauses;
 * it never decides what is allowed.
 */

export const LICENSE_KINDS = [
  { id: 'permissive', label: 'Permissive: Apache 2.0 or MIT' },
  { id: 'community', label: 'A custom or community license, such as Llama’s or Gemma’s' },
  { id: 'research', label: 'Research-only or non-commercial' },
  { id: 'unknown', label: 'I do not know yet' },
] as const;
export type LicenseKind = (typeof LICENSE_KINDS)[number]['id'];

const YES_NO = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
] as const;
const YES_NO_UNSURE = [...YES_NO, { id: 'unsure', label: 'Not sure' }] as const;

export type YesNo = (typeof YES_NO)[number]['id'];
export type YesNoUnsure = (typeof YES_NO_UNSURE)[number]['id'];

export interface Answers {
  license: LicenseKind;
  commercial: YesNo;
  redistribute: YesNo;
  host: YesNo;
  derivative: YesNo;
  scale: YesNoUnsure;
  field: YesNoUnsure;
}
export type QuestionId = keyof Answers;
/** Answers so far; a question not answered yet is missing or undefined. */
export type PartialAnswers = { [K in QuestionId]?: Answers[K] | undefined };

/** The questions in the order the reader answers them. */
export const QUESTIONS: readonly { id: QuestionId; legend: string; options: readonly { id: string; label: string }[] }[] = [
  { id: 'license', legend: 'Which kind of license does the model come under?', options: LICENSE_KINDS },
  { id: 'commercial', legend: 'Will you use it commercially: in a product, a paid service or a tool inside a business?', options: YES_NO },
  { id: 'redistribute', legend: 'Will you hand the weights to others, for example by uploading them or shipping them inside an app?', options: YES_NO },
  { id: 'host', legend: 'Will other people use the model through your app, website or API?', options: YES_NO },
  { id: 'derivative', legend: 'Will you fine-tune it, or train another model on its outputs, and ship or publish the result?', options: YES_NO },
  {
    id: 'scale',
    legend: 'Could your company, counted with its affiliates, be very large: tens or hundreds of millions of monthly active users, or tens of millions of dollars in monthly revenue?',
    options: YES_NO_UNSURE,
  },
  {
    id: 'field',
    legend: 'Will the model work in a sensitive field: medical, legal or financial advice, military uses, critical infrastructure, surveillance, or decisions about people?',
    options: YES_NO_UNSURE,
  },
];

export type Status = 'usual' | 'read' | 'barrier';

/** Each status is shown as a symbol and a word, never by colour alone. */
export const STATUS_DISPLAY: Record<Status, { symbol: string; word: string }> = {
  usual: { symbol: '✓', word: 'Usually allowed' },
  read: { symbol: '!', word: 'Read closely' },
  barrier: { symbol: '✕', word: 'Usually needs a separate agreement' },
};

export type TopicId = 'identify' | 'version' | 'commercial' | 'scope' | 'redistribute' | 'host' | 'derivative' | 'scale' | 'field';
export const TOPIC_IDS: readonly TopicId[] = ['identify', 'version', 'commercial', 'scope', 'redistribute', 'host', 'derivative', 'scale', 'field'];

type KnownKind = Exclude<LicenseKind, 'unknown'>;
export type Note = { status: Status; text: string };

/** One topic as content/tools/license-checker.yaml writes it: title, links, and a note per kind of license. */
export interface Topic {
  title: string;
  terms: readonly string[];
  faq: readonly string[];
  notes: { [K in LicenseKind]?: Note | undefined };
}
export type Topics = Record<TopicId, Topic>;

/** The notes checkPlan and the table read: one for every kind, except the two topics that apply to one kind only. */
const NEEDED: Record<TopicId, readonly LicenseKind[]> = {
  identify: ['unknown'],
  scope: ['research'],
  version: ['permissive', 'community', 'research', 'unknown'],
  commercial: ['permissive', 'community', 'research', 'unknown'],
  redistribute: ['permissive', 'community', 'research', 'unknown'],
  host: ['permissive', 'community', 'research', 'unknown'],
  derivative: ['permissive', 'community', 'research', 'unknown'],
  scale: ['permissive', 'community', 'research', 'unknown'],
  field: ['permissive', 'community', 'research', 'unknown'],
};

/** The checker's topics from content entries; throws naming every topic or note that is missing. */
export function checkerTopics(entries: readonly { id: string; data: Topic }[]): Topics {
  const byId = new Map(entries.map((e) => [e.id, e.data]));
  const missing = TOPIC_IDS.flatMap((id) => {
    const topic = byId.get(id);
    if (!topic) return [`topic "${id}"`];
    return NEEDED[id].filter((kind) => !topic.notes[kind]).map((kind) => `${id}.notes.${kind}`);
  });
  if (missing.length) throw new Error(`content/tools/license-checker.yaml lacks ${missing.join(', ')}.`);
  return Object.fromEntries(TOPIC_IDS.map((id) => [id, byId.get(id) as Topic])) as Topics;
}

/** A license's size threshold as the checker states it, from content/licenses. */
export interface Threshold {
  license: string;
  text: string;
}

/**
 * The size topic with the thresholds of the licenses the site covers written into its notes, so a
 * reader sees the real figures (700 million users for Llama, none for Gemma) instead of a verdict.
 */
export function withThresholds(topics: Topics, thresholds: readonly Threshold[], withNone: readonly string[]): Topics {
  if (!thresholds.length) return topics;
  const list = [
    'Thresholds in the licenses this site covers.',
    ...thresholds.map((t) => `${t.license}: ${t.text}.`),
    ...(withNone.length ? [`No such limit: ${withNone.join(', ')}.`] : []),
  ].join(' ');
  const extend = (note: Note | undefined): Note | undefined => note && { ...note, text: `${note.text} ${list}` };
  const scale = topics.scale;
  return { ...topics, scale: { ...scale, notes: { ...scale.notes, community: extend(scale.notes.community), unknown: extend(scale.notes.unknown) } } };
}

export interface CheckItem {
  id: TopicId;
  title: string;
  status: Status;
  text: string;
  links: { terms: string[]; faq: string[] };
}

export interface CheckResult {
  items: CheckItem[];
  /** Questions not answered yet, in question order. */
  unanswered: QuestionId[];
}

/**
 * The parts of the license to read for a plan; works on partial answers and lists what is missing.
 * A large company under a custom license is told the thresholds to compare, not given a verdict:
 * many such licenses set none, and those that do draw the line in different places.
 */
export function checkPlan(answers: PartialAnswers, topics: Topics): CheckResult {
  const kind = answers.license;
  const unanswered = QUESTIONS.map((q) => q.id).filter((id) => answers[id] === undefined);
  if (!kind) return { items: [], unanswered };
  const items: CheckItem[] = [];
  const add = (id: TopicId, noteKind: LicenseKind = kind) => {
    const topic = topics[id];
    const note = topic.notes[noteKind];
    if (note) items.push({ id, title: topic.title, ...note, links: { terms: [...topic.terms], faq: [...topic.faq] } });
  };

  if (kind === 'unknown') add('identify');
  add('version');
  if (answers.commercial === 'yes') add('commercial');
  if (answers.commercial === 'no' && kind === 'research') add('scope');
  if (answers.redistribute === 'yes') add('redistribute');
  if (answers.host === 'yes') add('host');
  if (answers.derivative === 'yes') add('derivative');
  if (answers.scale === 'yes' || answers.scale === 'unsure') add('scale');
  if (answers.field === 'yes' || answers.field === 'unsure') add('field');
  return { items, unanswered };
}

/** One line for screen readers and the top of the result: how many points, and of which kind. */
export function summarize(result: CheckResult): string {
  if (result.items.length === 0) return 'Choose the kind of license to see what to check.';
  const count = (status: Status) => result.items.filter((i) => i.status === status).length;
  const parts = [
    [count('barrier'), 'usually needs a separate agreement', 'usually need a separate agreement'],
    [count('read'), 'to read closely', 'to read closely'],
    [count('usual'), 'usually allowed', 'usually allowed'],
  ] as const;
  const listed = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const total = result.items.length;
  const left = result.unanswered.length;
  const pending = left ? ` ${left} ${left === 1 ? 'question' : 'questions'} still unanswered.` : '';
  return `${total} ${total === 1 ? 'point' : 'points'} to check: ${listed.join(', ')}.${pending}`;
}

/** The no-JavaScript table: each plan step under each known kind of license. */
export const TABLE_TOPICS = ['commercial', 'redistribute', 'host', 'derivative', 'scale', 'field'] as const;
export const TABLE_KINDS: readonly KnownKind[] = ['permissive', 'community', 'research'];

export function licenseTable(topics: Topics): { topic: (typeof TABLE_TOPICS)[number]; title: string; cells: Note[] }[] {
  return TABLE_TOPICS.map((topic) => ({ topic, title: topics[topic].title, cells: TABLE_KINDS.map((kind) => topics[topic].notes[kind] as Note) }));
}

/** Every glossary and FAQ slug the checker can link to. */
export function linkedSlugs(topics: Topics): { terms: string[]; faq: string[] } {
  const all = Object.values(topics);
  return { terms: [...new Set(all.flatMap((t) => t.terms))].sort(), faq: [...new Set(all.flatMap((t) => t.faq))].sort() };
}
