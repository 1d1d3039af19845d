import type { Loader } from 'astro/loaders';

/** An entry as a collection's loader left it in the store: its id, its data, validated by the schema, and its file. */
export interface LoadedEntry {
  id: string;
  data: Record<string, unknown>;
  /** The content file, from the project root, for the build's messages. */
  filePath?: string | undefined;
}

// The content config loads in the build's content layer and the integrations with the Astro config,
// as separate module instances in one process: they meet on globalThis.
const LOADED = Symbol.for('open-weights-explained.loaded-entries');
const registry = globalThis as { [LOADED]?: Map<string, LoadedEntry[]> };

/**
 * Wraps a collection's loader so that, once it has filled the store, the collection's entries are
 * also kept for build steps that start before any page renders (the social cards, drawn while Vite
 * compiles: src/integrations/social-cards.ts). Astro loads every collection before it builds.
 */
export function sharingEntries(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      await loader.load(context);
      const entries = context.store.values().map(({ id, data, filePath }) => ({ id, data, filePath }));
      (registry[LOADED] ??= new Map()).set(context.collection, entries);
    },
  };
}

/** The entries of a collection loaded through sharingEntries in this process, if it has been. */
export function loadedEntries(collection: string): readonly LoadedEntry[] | undefined {
  return registry[LOADED]?.get(collection);
}
