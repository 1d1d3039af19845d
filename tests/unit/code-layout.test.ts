import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { filesBelow } from '../../scripts/lib/files.ts';

/**
 * Each folder under src/ holds one runtime or one subsystem (docs/architecture.md). These tests
 * keep it that way: a newcomer can trust the folder to say where a file runs.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

const sourceFiles = (folder: string) =>
  filesBelow(join(SRC, folder))
    .filter((f) => /\.(ts|mts|astro)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(SRC, folder, f));

/** The modules a file imports, as written: static, type-only, dynamic and side-effect imports. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
}

/** Where an import of `spec` from `file` lands, relative to src/, or undefined for a package. */
function targetInSrc(file: string, spec: string): string | undefined {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return relative(SRC, resolve(dirname(file), spec));
  return undefined;
}

const where = (file: string) => relative(ROOT, file);

describe('src/lib: pure code that the build and the browser share', () => {
  const files = sourceFiles('lib');

  it('holds the shared modules', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [where(f), f]))('%s imports only src/lib and zod', (_name, file) => {
    const problems = importsOf(file).filter((spec) => {
      const target = targetInSrc(file, spec);
      if (target !== undefined) return !target.startsWith('lib/');
      return spec !== 'astro/zod';
    });
    expect(problems, `move the code that needs ${problems.join(', ')} to src/build (Node), src/client (browser) or src/data (content)`).toEqual([]);
  });

  it('uses no browser or Node globals: it type-checks with neither the DOM nor @types/node', () => {
    // Only the few globals both runtimes have (URL, timers) are declared.
    const program = ts.createProgram([...files, join(ROOT, 'tests/support/shared-globals.d.ts')], {
      lib: ['lib.es2024.d.ts'],
      types: [],
      noEmit: true,
      strict: true,
      skipLibCheck: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      allowImportingTsExtensions: true,
    });
    const inLib = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && d.file.fileName.startsWith(join(SRC, 'lib')))
      .map((d) => `${where(d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(inLib).toEqual([]);
  });
});

describe('src/client: code that runs in the browser', () => {
  const files = sourceFiles('client');

  it.each(files.map((f) => [where(f), f]))('%s imports no Node module and no build code', (_name, file) => {
    const problems = importsOf(file).filter((spec) => {
      const target = targetInSrc(file, spec);
      if (target !== undefined) return !(target.startsWith('lib/') || target.startsWith('client/'));
      return true;
    });
    expect(problems, 'browser code may import src/lib and src/client only').toEqual([]);
  });
});

describe('subsystems keep their insides to themselves', () => {
  it('the social cards are reached only through src/social-cards/index.ts', () => {
    const outside = [...sourceFiles('pages'), ...sourceFiles('layouts'), ...sourceFiles('components'), ...sourceFiles('data'), ...sourceFiles('lib'), join(SRC, 'content.config.ts')];
    const reachingIn = outside.flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          const target = targetInSrc(file, spec);
          return target !== undefined && target.startsWith('social-cards/') && !/^social-cards\/(index(\.ts)?)?$/.test(target);
        })
        .map((spec) => `${where(file)} imports ${spec}`),
    );
    expect(reachingIn).toEqual([]);
  });
});
