import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** Problems found in one Markdown document, at lines of the text the renderer was given (its body). */
export class MarkdownProblems extends Error {
  readonly problems: { line: number; message: string }[];
  constructor(problems: { line: number; message: string }[]) {
    super(problems.map((p) => `line ${p.line} of the body: ${p.message}`).join('\n'));
    this.problems = problems;
    this.name = 'MarkdownProblems';
  }
}

/**
 * Whether an error is MarkdownProblems. Asked by shape: the Markdown plugins load with the Astro
 * config and the content loaders with the content config, each its own copy of this module.
 */
export function isMarkdownProblems(error: unknown): error is MarkdownProblems {
  return error instanceof Error && error.name === 'MarkdownProblems' && Array.isArray((error as Partial<MarkdownProblems>).problems);
}

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * Satteri hast plugin for Markdown files (glossary entries, FAQ answers): HTML written among the
 * Markdown must close every element it opens. Such HTML goes into the page as written, so a
 * `<div>` left open swallows the rest of the page (on /faq/, every answer after it). MDX needs no
 * such check: its parser refuses an unclosed element.
 *
 * Documents without a "<" are left out before parsing, so only those with HTML pay for the
 * positions this plugin reads.
 */
export const balancedHtml: HastPluginEntry = (doc) => {
  if (doc.sourceFormat !== 'markdown' || !doc.source.includes('<')) return null;
  const open: { name: string; line: number }[] = [];
  const problems: { line: number; message: string }[] = [];
  return defineHastPlugin({
    name: 'balanced-html',
    options: { position: true },
    raw(node) {
      // Written by another plugin, not by the editor.
      if (!node.position) return;
      const start = node.position.start.line;
      for (const tag of node.value.matchAll(TAG)) {
        const [, closing, rawName, selfClosing] = tag;
        const name = rawName?.toLowerCase();
        if (!name || VOID.has(name) || selfClosing) continue;
        const line = start + (node.value.slice(0, tag.index).match(/\n/g)?.length ?? 0);
        if (!closing) {
          open.push({ name, line });
          continue;
        }
        const at = open.findLastIndex((o) => o.name === name);
        if (at === -1) {
          problems.push({ line, message: `</${name}> closes an element that was never opened: remove it, or add the <${name}> it belongs to.` });
          continue;
        }
        for (const unclosed of open.splice(at).slice(1)) problems.push({ line: unclosed.line, message: `<${unclosed.name}> is still open at the </${name}> that follows it: add </${unclosed.name}> where it ends.` });
      }
    },
    after() {
      for (const unclosed of open) problems.push({ line: unclosed.line, message: `<${unclosed.name}> is never closed, so it would hold the rest of the page: add </${unclosed.name}> where it ends.` });
      if (problems.length) throw new MarkdownProblems(problems.sort((a, b) => a.line - b.line));
    },
  });
};
