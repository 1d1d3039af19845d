import { escapeHtml } from '../lib/escape-html';
import { SITE } from '../lib/site';


/** Splits a title into at most `maxLines` lines of about `width` characters, ending with … if cut. */
export function wrapTitle(title: string, width = 24, maxLines = 4): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]?.replace(/[\s,.;:]*$/, '')}…`;
  return kept;
}

/** How a card is drawn: a template with everything but the title, and the title's lines over it. */
export interface CardDrawing {
  /** The 1200×630 card as SVG, without its title: background, page type, site name. Text is escaped. */
  template: string;
  /** The title, drawn glyph by glyph over the template's blank middle. */
  title: { x: number; size: number; color: string; lines: { text: string; baseline: number }[] };
}

/** The preview card for a page: page type, title, site name. */
export function cardDrawing({ title, kind }: { title: string; kind: string }): CardDrawing {
  const lines = wrapTitle(title);
  const size = lines.length > 3 ? 54 : 64;
  const top = 250 - ((lines.length - 1) * size * 1.15) / 2;
  const template = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#ffffff"/>
<rect width="24" height="630" fill="#0b5d8c"/>
<text x="80" y="110" font-size="30" font-weight="700" fill="#0b5d8c" letter-spacing="3">${escapeHtml(kind.toUpperCase())}</text>
<rect x="80" y="520" width="52" height="52" rx="11" fill="#0b5d8c"/>
<path d="M94 536h24M94 546h24M94 556h15" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/>
<text x="152" y="558" font-size="34" font-weight="700" fill="#16191d">${escapeHtml(SITE.name)}</text>
</svg>`;
  return {
    template,
    title: { x: 80, size, color: '#16191d', lines: lines.map((text, i) => ({ text, baseline: Math.round(top + i * size * 1.15) })) },
  };
}
