/** The closed vocabulary a comparison cell may use, in the order a legend lists them. */
export const CELL_VALUES = ['yes', 'partial', 'sometimes', 'rarely', 'no', 'na'] as const;
export type CellValue = (typeof CELL_VALUES)[number];

/** How each value is shown: a word (never colour alone) and a symbol. */
export const CELL_VALUE_DISPLAY: Record<CellValue, { label: string; symbol: string }> = {
  yes: { label: 'Yes', symbol: '✓' },
  partial: { label: 'Partly', symbol: '◐' },
  sometimes: { label: 'Sometimes', symbol: '◑' },
  rarely: { label: 'Rarely', symbol: '◔' },
  no: { label: 'No', symbol: '✕' },
  na: { label: 'Not applicable', symbol: '–' },
};

export function isCellValue(value: string): value is CellValue {
  return (CELL_VALUES as readonly string[]).includes(value);
}
