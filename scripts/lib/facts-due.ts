// Which changeable facts are due for a new check: the logic of `npm run facts:due`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One dated fact: where it lives, what it is, when it was last checked, and where to check it. */
export interface DatedFact {
  file: string;
  fact: string;
  checked: Date;
  sources: string[];
}

type Data = Record<string, unknown>;

const asDate = (value: unknown): Date | undefined => {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};
const urlsOf = (list: unknown): string[] =>
  Array.isArray(list) ? list.flatMap((s) => (s && typeof s === 'object' && typeof (s as Data)['url'] === 'string' ? [(s as Data)['url'] as string] : [])) : [];

/** Every dated fact in one data file of content/: a release, a licence or a comparison table. */
export function datedFacts(file: string, data: Data): DatedFact[] {
  const facts: DatedFact[] = [];
  const add = (fact: string, when: unknown, sources: string[]) => {
    const checked = asDate(when);
    if (checked) facts.push({ file, fact, checked, sources: [...new Set(sources)] });
  };
  const sources = urlsOf(data['sources']);
  if (file.startsWith('content/models/')) {
    add(`${String(data['name'])}: release facts (licence, sizes, dates)`, data['checked'], sources);
    for (const [component, value] of Object.entries((data['openness'] as Record<string, Data> | undefined) ?? {})) {
      add(`${String(data['name'])}: ${component}`, value['checked'], typeof value['evidence'] === 'string' ? [value['evidence']] : []);
    }
  } else if (file.startsWith('content/licenses/')) {
    add(`${String(data['name'])}: terms`, data['checked'], [...(typeof data['url'] === 'string' ? [data['url']] : []), ...sources]);
  } else if (file.startsWith('content/comparisons/')) {
    const byId = new Map(((data['sources'] as Data[] | undefined) ?? []).map((s) => [s['id'], String(s['url'])]));
    add(`${String(data['caption'])}: the table`, data['asOf'], sources);
    for (const row of (data['rows'] as Data[] | undefined) ?? []) {
      for (const [column, cell] of Object.entries((row['cells'] as Record<string, unknown> | undefined) ?? {})) {
        if (cell && typeof cell === 'object' && 'asOf' in cell) {
          const c = cell as Data;
          add(`${String(data['caption'])}: ${String(row['label'])} / ${column}`, c['asOf'], byId.has(c['source']) ? [byId.get(c['source']) as string] : sources);
        }
      }
    }
  }
  return facts;
}

/** The dated facts of the data folders under `contentDir` (models, licenses, comparisons). */
export function readDatedFacts(contentDir: string): DatedFact[] {
  return ['models', 'licenses', 'comparisons'].flatMap((folder) =>
    readdirSync(join(contentDir, folder))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .flatMap((f) => datedFacts(`content/${folder}/${f}`, (parse(readFileSync(join(contentDir, folder, f), 'utf8')) ?? {}) as Data)),
  );
}

/** The facts last checked more than `months` months before `today`, oldest first. */
export function dueFacts(facts: readonly DatedFact[], today: Date, months = 6): DatedFact[] {
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return facts.filter((f) => f.checked < limit).sort((a, b) => a.checked.getTime() - b.checked.getTime() || a.file.localeCompare(b.file));
}

/** The report the command prints. */
export function renderDue(due: readonly DatedFact[], total: number, today: Date, months: number): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  if (!due.length) return `All ${total} dated facts were checked within ${months} months of ${day(today)}.`;
  const lines = [`${due.length} of ${total} dated facts were last checked more than ${months} months before ${day(today)}:`, ''];
  for (const f of due) {
    lines.push(`${day(f.checked)}  ${f.file}  ${f.fact}`);
    for (const url of f.sources) lines.push(`            check: ${url}`);
  }
  lines.push('', 'Check each against its source, correct the data, and set its date (checked or asOf) to the day you checked it.');
  return lines.join('\n');
}
