interface ImportMetaEnv {
  /** Absolute path of src/lib/card-worker.ts, set in astro.config.mjs for the social card pool. */
  readonly CARD_WORKER: string;
}
