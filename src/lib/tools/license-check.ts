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
    legend: 'Could your company, with its affiliates, be very large: hundreds of millions of monthly users, or tens of millions in monthly revenue?',
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

/** Glossary and FAQ slugs each topic links to; the pages check that every slug exists. */
export const TOPIC_LINKS: Record<TopicId, { terms: string[]; faq: string[] }> = {
  identify: { terms: ['license', 'model-card'], faq: ['can-i-use-open-weights-commercially'] },
  version: { terms: ['license'], faq: ['what-if-the-license-changes'] },
  commercial: { terms: ['commercial-use'], faq: ['can-i-use-open-weights-commercially', 'safest-licenses-for-commercial-use'] },
  scope: { terms: ['commercial-use'], faq: ['are-open-weights-free'] },
  redistribute: { terms: ['redistribution', 'attribution'], faq: [] },
  host: { terms: ['self-hosting', 'acceptable-use-policy'], faq: ['can-i-use-open-weights-commercially'] },
  derivative: { terms: ['fine-tuning'], faq: ['can-i-fine-tune-an-open-weight-model'] },
  scale: { terms: ['community-license'], faq: ['is-llama-open-source'] },
  field: { terms: ['acceptable-use-policy'], faq: [] },
};

export const TOPIC_TITLES: Record<TopicId, string> = {
  identify: 'Find out which license applies',
  version: 'The exact text, version and date',
  commercial: 'Commercial use',
  scope: 'What counts as research or non-commercial',
  redistribute: 'Handing over the weights',
  host: 'Offering the model as a service',
  derivative: 'Fine-tuned and derived models',
  scale: 'Size thresholds',
  field: 'Restricted uses',
};

type KnownKind = Exclude<LicenseKind, 'unknown'>;
type Note = { status: Status; text: string };

/** What each topic usually looks like under each kind of license. */
const NOTES: Record<Exclude<TopicId, 'identify' | 'scope'>, Record<LicenseKind, Note>> = {
  version: {
    permissive: {
      status: 'read',
      text: 'Confirm that the LICENSE file is the standard Apache 2.0 or MIT text: some publishers add clauses to a familiar name, as Mistral AI did with the modified MIT license of Devstral 2. Also read the model card for parts, such as data or bundled components, that come under other terms.',
    },
    community: {
      status: 'read',
      text: 'Note the version and date of the license, and save every policy it points to at a web address, such as an acceptable use policy: the publisher can change those documents later.',
    },
    research: {
      status: 'read',
      text: 'Note the version and date of the license, and whether the publisher offers a separate commercial license for the same model.',
    },
    unknown: {
      status: 'read',
      text: 'Once you have the license, note its version and date and save any policy it links to.',
    },
  },
  commercial: {
    permissive: {
      status: 'usual',
      text: 'Apache 2.0 and MIT allow commercial use without asking anyone. Their conditions are about keeping notices, not about who you are or what you sell.',
    },
    community: {
      status: 'read',
      text: 'Custom licenses usually allow commercial use with conditions. Look for a clause on additional commercial terms, user or revenue thresholds, and an acceptable use policy that the license pulls in.',
    },
    research: {
      status: 'barrier',
      text: 'Research-only and non-production licenses exclude commercial use. You would need a separate agreement with the publisher, or a different model.',
    },
    unknown: {
      status: 'read',
      text: 'The grant clause says whether commercial use is allowed at all; some releases forbid it.',
    },
  },
  redistribute: {
    permissive: {
      status: 'usual',
      text: 'Pass on the license text and keep the copyright notices. Apache 2.0 also asks you to carry over the NOTICE file, if there is one, and to mark the files you changed.',
    },
    community: {
      status: 'read',
      text: 'Expect to include the license, ship a notice file, show an attribution line such as “Built with Llama”, and pass the use restrictions on to whoever receives the files.',
    },
    research: {
      status: 'read',
      text: 'Research licenses often allow sharing only for research and under the same terms, and some do not allow it at all.',
    },
    unknown: {
      status: 'read',
      text: 'Look for the conditions on passing the model on: what must travel with the files, and to whom you may give them.',
    },
  },
  host: {
    permissive: {
      status: 'usual',
      text: 'Apache 2.0 and MIT attach their conditions to copies you hand over. Letting people use a model that runs on your own servers does not trigger them.',
    },
    community: {
      status: 'read',
      text: 'Some custom licenses count offering the model through an app, website or API as distribution, as Google’s Gemma Terms of Use do, so the distribution conditions apply to hosting too. The acceptable use policy also covers what your users do with it.',
    },
    research: {
      status: 'read',
      text: 'A public service is rarely research. Check whether the license lets you give anyone outside your research group access at all.',
    },
    unknown: {
      status: 'read',
      text: 'Check whether the license treats hosting the model for others as distribution, and what it says about your users’ use.',
    },
  },
  derivative: {
    permissive: {
      status: 'usual',
      text: 'Fine-tuned and merged versions are allowed. Keep the original notices, mark what you changed, and you may put your own changes under terms of your choice.',
    },
    community: {
      status: 'read',
      text: 'Derived models usually stay under the base model’s license. Look for naming rules (a distributed model built with Llama must have a name that begins with “Llama”) and for whether a model trained on the outputs counts as a derivative (Gemma’s terms say it does).',
    },
    research: {
      status: 'read',
      text: 'A fine-tuned copy usually stays under the research-only terms, so the result cannot be used commercially either.',
    },
    unknown: {
      status: 'read',
      text: 'Look for the clause on derivative works: whether you may make them, which terms they carry and what they may be called.',
    },
  },
  scale: {
    permissive: {
      status: 'usual',
      text: 'The standard Apache 2.0 and MIT texts set no user or revenue limits. A modified license with a familiar name can, so read the actual file.',
    },
    community: {
      status: 'read',
      text: 'Llama’s licenses require a separate license from Meta if your products had more than 700 million monthly active users when the version was released. Other licenses use revenue: Devstral 2’s modified MIT license withholds its rights from companies with more than US$20 million in monthly revenue.',
    },
    research: {
      status: 'read',
      text: 'The research-only limit applies to organisations of every size. Publishers that sell commercial licenses set their own terms for them.',
    },
    unknown: {
      status: 'read',
      text: 'Look for thresholds on users or revenue, and for the date on which they are measured.',
    },
  },
  field: {
    permissive: {
      status: 'usual',
      text: 'Apache 2.0 and MIT do not restrict fields of use. The laws and rules of your sector still apply, whatever the license says.',
    },
    community: {
      status: 'read',
      text: 'Acceptable use policies often forbid the unlicensed practice of professions such as law, medicine or finance, military uses and the operation of critical infrastructure; Llama 3.1’s policy does. Read the policy line by line against your plan.',
    },
    research: {
      status: 'read',
      text: 'Research licenses may list forbidden uses as well; check them even for research work.',
    },
    unknown: {
      status: 'read',
      text: 'Look for an acceptable use policy or a list of prohibited uses, in the license or linked from it.',
    },
  },
};

const IDENTIFY: Note = {
  status: 'read',
  text: 'The model card usually names the license at the top, and the repository holds a LICENSE file. Families mix licenses across sizes and versions, so look at the exact model and version you will use.',
};
const SCOPE: Note = {
  status: 'read',
  text: 'Read how the license defines research or non-commercial use. An internal tool at a company, or a pilot for a future product, may fall outside it.',
};

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

const item = (id: TopicId, note: Note): CheckItem => ({ id, title: TOPIC_TITLES[id], ...note, links: TOPIC_LINKS[id] });

/** The parts of the license to read for a plan; works on partial answers and lists what is missing. */
export function checkPlan(answers: PartialAnswers): CheckResult {
  const kind = answers.license;
  const unanswered = QUESTIONS.map((q) => q.id).filter((id) => answers[id] === undefined);
  if (!kind) return { items: [], unanswered };
  const items: CheckItem[] = [];
  const note = (topic: keyof typeof NOTES) => NOTES[topic][kind];

  if (kind === 'unknown') items.push(item('identify', IDENTIFY));
  items.push(item('version', note('version')));
  if (answers.commercial === 'yes') items.push(item('commercial', note('commercial')));
  if (answers.commercial === 'no' && kind === 'research') items.push(item('scope', SCOPE));
  if (answers.redistribute === 'yes') items.push(item('redistribute', note('redistribute')));
  if (answers.host === 'yes') items.push(item('host', note('host')));
  if (answers.derivative === 'yes') items.push(item('derivative', note('derivative')));
  if (answers.scale === 'yes' || answers.scale === 'unsure') {
    const scale = note('scale');
    items.push(item('scale', kind === 'community' && answers.scale === 'yes' ? { ...scale, status: 'barrier' } : scale));
  }
  if (answers.field === 'yes' || answers.field === 'unsure') items.push(item('field', note('field')));
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

export function licenseTable(): { topic: (typeof TABLE_TOPICS)[number]; title: string; cells: Note[] }[] {
  return TABLE_TOPICS.map((topic) => ({ topic, title: TOPIC_TITLES[topic], cells: TABLE_KINDS.map((kind) => NOTES[topic][kind]) }));
}

/** Every glossary and FAQ slug the checker can link to. */
export function linkedSlugs(): { terms: string[]; faq: string[] } {
  const all = Object.values(TOPIC_LINKS);
  return { terms: [...new Set(all.flatMap((l) => l.terms))].sort(), faq: [...new Set(all.flatMap((l) => l.faq))].sort() };
}
