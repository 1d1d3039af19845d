/**
 * Text folded for comparing names and queries: lower case, accents and punctuation dropped,
 * spaces collapsed. "Fine-tuning", "fine tuning" and "Fine–Tuning" all fold to "fine tuning".
 */
export const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
