/**
 * The facts block of one openness-explorer point, as HTML. One renderer for both places it
 * appears: the explorer's markup (OpennessExplorer.astro) and /tools/openness-explorer/facts.json,
 * which an explorer that ships only its first point's facts fetches when it loads.
 */
import { escapeHtml } from '../escape-html';
import type { ExplorerPoint } from './openness-explorer';

const row = (term: string, definition: string) => `<div><dt>${term}</dt><dd>${definition}</dd></div>`;
const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

export function factsHtml(point: ExplorerPoint, termUrl: (slug: string) => string): string {
  const released = point.released
    .map((r) =>
      row(
        r.term ? link(termUrl(r.term), r.label) : escapeHtml(r.label),
        (r.value ? `<strong><span aria-hidden="true">${escapeHtml(r.value.symbol)}</span> ${escapeHtml(r.value.label)}</strong>` : '') +
          escapeHtml(r.text ?? '') +
          (r.note ? `<span class="note">${escapeHtml(r.note)}</span>` : ''),
      ),
    )
    .join('');
  const families = point.families.length
    ? point.families
        .map((f, n) => `<span class="family">${link(f.card, f.name)}, by ${escapeHtml(f.publisher)}: ${escapeHtml(f.license)}${n < point.families.length - 1 ? ';' : '.'}</span>`)
        .join('')
    : 'None of the families in the model table sits here.';
  return (
    `<div class="facts"><dl>${released}</dl><dl>` +
    row('What you can do', escapeHtml(point.can)) +
    row('What you cannot do', escapeHtml(point.cannot)) +
    row('Examples', escapeHtml(point.example)) +
    row('Model families on this site', families) +
    '</dl></div>'
  );
}
