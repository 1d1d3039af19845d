interface ImportMetaEnv {
  /** Absolute path of src/lib/card-worker.ts, set by src/integrations/social-cards.ts for the card pool. */
  readonly CARD_WORKER: string;
  /** Absolute path of the build output folder, where the workers write /og/ cards. */
  readonly CARD_OUT_DIR: string;
}
