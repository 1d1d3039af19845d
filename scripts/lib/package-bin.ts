import { realpathSync } from 'node:fs';
import { join } from 'node:path';

/** A program to run, with a name for reports. */
export interface Command {
  name: string;
  command: string;
  args: string[];
}

/** A package's command-line script, run with this Node (the project's Node 24 under `npm run`). */
export function packageBin(project: string, name: string, args: string[]): Command {
  return { name, command: process.execPath, args: [realpathSync(join(project, 'node_modules', '.bin', name)), ...args] };
}
