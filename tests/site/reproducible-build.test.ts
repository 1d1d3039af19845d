import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { treeDifferences } from '../../scripts/lib/files.ts';
import { DIST } from '../support/dist';

describe('the build is reproducible', () => {
  it('building the same sources again, in another folder, gives a byte-identical dist/', { timeout: 240_000 }, async () => {
    const copy = await copyProject({ prefix: 'owe-rebuild-' });
    try {
      await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 });
      const differences = await treeDifferences(DIST, join(copy, 'dist'));
      expect(differences, 'dist/ differs from a fresh build of the same sources: either the build is not reproducible or dist/ is older than the sources (run `npm run build`)').toEqual([]);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
