export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Letter a term files under: its first letter A–Z, or "#" for digits and symbols. */
export function indexLetter(name: string): string {
  const first = name.trim().normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Groups items A–Z by name, sorted case-insensitively within each letter. */
export function groupByLetter<T>(items: readonly T[], nameOf: (item: T) => string): LetterGroup<T>[] {
  const sorted = [...items].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = indexLetter(nameOf(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, list]) => ({ letter, items: list })).sort((a, b) => (a.letter === '#' ? -1 : b.letter === '#' ? 1 : a.letter.localeCompare(b.letter)));
}

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
