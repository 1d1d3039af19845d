import type { z } from 'astro/zod';
import { CELL_VALUE_DISPLAY, isCellValue, type CellValue } from './cell-values';
import { isoDate } from './dates';
import type { comparisonSchema } from './schemas';

/** A comparison table as written in content/comparisons/*.yaml, after schema validation. */
type WrittenTable = z.output<typeof comparisonSchema>;
type WrittenRow = WrittenTable['rows'][number];
type WrittenCell = WrittenRow['cells'][string];

/**
 * A cell as written, or, in a table generated from another collection (the model families), a
 * cell that links out (a model's card).
 */
export type CellSpec = string | (Exclude<WrittenCell, string> & { link?: { href: string; label: string } | undefined });

/** A comparison table: as written, or generated from another collection with cells that link out. */
export type TableSpec = Omit<WrittenTable, 'rows'> & { rows: (Omit<WrittenRow, 'cells'> & { href?: string | undefined; cells: Record<string, CellSpec> })[] };

export interface RenderedCell {
  value?: { key: CellValue; label: string; symbol: string };
  text?: string;
  link?: { href: string; label: string };
  /** Number of the footnote this cell points to. */
  note?: number;
  source?: { title: string; url: string };
  asOf?: string;
}

export interface RenderedTable {
  /** Header cells spanning columns, present only when some column has a group. */
  groups?: { label: string; span: number }[];
  columns: TableSpec['columns'];
  rows: { label: string; href?: string; cells: RenderedCell[] }[];
  notes: { n: number; text: string }[];
  sources: TableSpec['sources'];
  asOf?: string;
  /** Whether any cell uses the closed vocabulary, so the legend is worth showing. */
  usesVocabulary: boolean;
}

export function renderTable(spec: TableSpec, termHref: (slug: string) => string): RenderedTable {
  const notes: RenderedTable['notes'] = [];
  const sourceById = new Map(spec.sources.map((s) => [s.id, s]));
  let usesVocabulary = false;

  const rows = spec.rows.map((row) => {
    const cells = spec.columns.map((col): RenderedCell => {
      const raw = row.cells[col.key];
      if (raw === undefined) throw new Error(`Row "${row.label}" has no cell for column "${col.key}".`);
      const cell = typeof raw === 'string' ? (isCellValue(raw) ? { value: raw } : { text: raw }) : raw;
      const out: RenderedCell = {};
      if (cell.value) {
        out.value = { key: cell.value, ...CELL_VALUE_DISPLAY[cell.value] };
        usesVocabulary = true;
      }
      if (cell.text) out.text = cell.text;
      if (cell.link) out.link = cell.link;
      if (cell.note) {
        notes.push({ n: notes.length + 1, text: cell.note });
        out.note = notes.length;
      }
      if (cell.source) {
        const source = sourceById.get(cell.source);
        if (!source) throw new Error(`Row "${row.label}", column "${col.key}": unknown source "${cell.source}".`);
        out.source = { title: source.title, url: source.url };
      }
      const asOf = cell.asOf ?? (cell.source ? spec.asOf : undefined);
      if (asOf) out.asOf = isoDate(asOf);
      return out;
    });
    const href = row.href ?? (row.term ? termHref(row.term) : undefined);
    return { label: row.label, ...(href ? { href } : {}), cells };
  });

  const table: RenderedTable = { columns: spec.columns, rows, notes, sources: spec.sources, usesVocabulary };
  if (spec.asOf) table.asOf = isoDate(spec.asOf);
  const groups = groupColumns(spec.columns);
  if (groups) table.groups = groups;
  return table;
}

/** Consecutive columns with the same `group` share one header cell; ungrouped columns get an empty one. */
export function groupColumns(columns: TableSpec['columns']): { label: string; span: number }[] | undefined {
  if (!columns.some((c) => c.group)) return undefined;
  const groups: { label: string; span: number }[] = [];
  for (const col of columns) {
    const label = col.group ?? '';
    const last = groups.at(-1);
    if (last && last.label === label && label !== '') last.span += 1;
    else groups.push({ label, span: 1 });
  }
  return groups;
}
