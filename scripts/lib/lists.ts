/** list[index], for an index the caller keeps in range: throws where a plain index would give undefined. */
export function itemAt<T>(list: readonly T[], index: number) {
  const item = list[index];
  if (item === undefined) throw new RangeError(`No item ${index} in a list of ${list.length}`);
  return item;
}
