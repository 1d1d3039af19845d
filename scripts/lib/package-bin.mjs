import { realpathSync } from 'node:fs';
import { join } from 'node:path';

/** A package's command-line script, run with this Node (the project's Node 24 under `npm run`). */
export function packageBin(project, name, args) {
  return { name, command: process.execPath, args: [realpathSync(join(project, 'node_modules', '.bin', name)), ...args] };
}
