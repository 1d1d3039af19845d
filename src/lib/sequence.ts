/** The items before and after `id` in an already ordered list. */
export function neighbours<T extends { id: string }>(items: readonly T[], id: string): { prev?: T; next?: T } {
  const i = items.findIndex((item) => item.id === id);
  if (i === -1) return {};
  const result: { prev?: T; next?: T } = {};
  const prev = items[i - 1];
  const next = items[i + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}

/** Where `id` stands in an ordered list: 1-based, with the list's length. */
export function placeIn(items: readonly { id: string }[], id: string): { position: number; total: number } | undefined {
  const i = items.findIndex((item) => item.id === id);
  return i === -1 ? undefined : { position: i + 1, total: items.length };
}
