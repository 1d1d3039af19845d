/**
 * The openness explorer's content: for each point of SPECTRUM, what is released there, what a
 * reader can and cannot do, and which model families sit there. The facts come from the
 * openness-spectrum comparison table (rows addressed by their `key`) and the model-families
 * collection (each family's `spectrum` list); this module only lines them up.
 */
import { CELL_VALUE_DISPLAY, isCellValue } from '../cell-values';
import type { CellSpec, TableSpec } from '../comparison';
import { SPECTRUM, type SpectrumKey } from '../openness';

/** Rows of the comparison table the explorer reads, by key, in display order. */
export const RELEASED_ROWS = ['weights', 'code', 'data', 'recipe', 'license'] as const;
export const TEXT_ROWS = ['can', 'cannot', 'example'] as const;
export const EXPLORER_TABLE = 'openness-spectrum';

export interface FamilyFacts {
  name: string;
  publisher: string;
  license: string;
  card: string;
  spectrum: readonly SpectrumKey[];
}

export interface ReleasedFact {
  label: string;
  term?: string | undefined;
  value?: { symbol: string; label: string } | undefined;
  text?: string | undefined;
  note?: string | undefined;
}

export interface ExplorerPoint {
  key: SpectrumKey;
  number: number;
  label: string;
  detail: string;
  released: ReleasedFact[];
  can: string;
  cannot: string;
  example: string;
  families: Omit<FamilyFacts, 'spectrum'>[];
}

function fact(cell: CellSpec): Omit<ReleasedFact, 'label' | 'term'> {
  if (typeof cell === 'string') return isCellValue(cell) ? { value: CELL_VALUE_DISPLAY[cell] } : { text: cell };
  return {
    ...(cell.value ? { value: CELL_VALUE_DISPLAY[cell.value] } : {}),
    ...(cell.text ? { text: cell.text } : {}),
    ...(cell.note ? { note: cell.note } : {}),
  };
}

function text(cell: CellSpec): string {
  if (typeof cell === 'string') return isCellValue(cell) ? CELL_VALUE_DISPLAY[cell].label : cell;
  return cell.text ?? (cell.value ? CELL_VALUE_DISPLAY[cell.value].label : '');
}

/**
 * Lines up the spectrum, the comparison table and the families. Throws, naming what to fix, when
 * the table's columns are not the spectrum's keys in order or a row the explorer needs is missing.
 */
export function explorerPoints(table: TableSpec, families: readonly FamilyFacts[]): ExplorerPoint[] {
  const columns = table.columns.map((c) => c.key);
  const expected = SPECTRUM.map((s) => s.key);
  if (columns.join() !== expected.join()) {
    throw new Error(`The ${EXPLORER_TABLE} table's columns must be the spectrum's keys in order (${expected.join(', ')}); found ${columns.join(', ')}.`);
  }
  const rows = new Map(table.rows.filter((r) => r.key).map((r) => [r.key, r]));
  const missing = [...RELEASED_ROWS, ...TEXT_ROWS].filter((k) => !rows.has(k));
  if (missing.length) throw new Error(`The ${EXPLORER_TABLE} table needs rows with these keys: ${missing.join(', ')}.`);
  const row = (k: string) => rows.get(k) as TableSpec['rows'][number];
  const cell = (k: string, column: string) => row(k).cells[column] as CellSpec;

  return SPECTRUM.map((point, i) => ({
    key: point.key,
    number: i + 1,
    label: point.label,
    detail: point.detail,
    released: RELEASED_ROWS.map((k) => ({ label: row(k).label, term: row(k).term, ...fact(cell(k, point.key)) })),
    can: text(cell('can', point.key)),
    cannot: text(cell('cannot', point.key)),
    example: text(cell('example', point.key)),
    families: families
      .filter((f) => f.spectrum.includes(point.key))
      .map(({ name, publisher, license, card }) => ({ name, publisher, license, card })),
  }));
}
