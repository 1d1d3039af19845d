import { getEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { loadFamilies } from './families';
import { EXPLORER_TABLE, explorerPoints, type ExplorerPoint } from '@/lib/tools/openness-explorer';

/** The openness explorer's points, from the openness-spectrum table and the model families. */
export async function loadExplorerPoints(): Promise<ExplorerPoint[]> {
  const table = await getEntry('comparisons', EXPLORER_TABLE);
  if (!table) throw new AstroError(`The openness explorer reads content/comparisons/${EXPLORER_TABLE}.yaml, which does not exist.`);
  const families = await loadFamilies();
  try {
    return explorerPoints(
      table.data,
      families.map((f) => ({ name: f.name, publisher: f.publisher, license: f.licenses.join('; '), card: f.card, spectrum: f.spectrum })),
    );
  } catch (error) {
    throw new AstroError((error as Error).message, `Edit content/comparisons/${EXPLORER_TABLE}.yaml so the explorer can read it.`);
  }
}
