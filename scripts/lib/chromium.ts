import { existsSync } from 'node:fs';

// The system's Chromium and the flags every run uses: tests, Lighthouse and the benchmark never
// download a browser.

/** The full browser (apt-get install -y chromium): the benchmark and Lighthouse measure what readers run. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser the tests drive: Chromium's headless shell (apt-get install -y chromium-headless-shell),
 * the same Blink without the desktop browser around it, which opens a context in a fifth of the CPU
 * time and loads a page in half; the full browser where the shell is not installed.
 * CHROMIUM_PATH chooses for both.
 */
export const TEST_CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', CHROMIUM].find((path) => existsSync(path)) ?? CHROMIUM;

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
