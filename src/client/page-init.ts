// The one script every page runs, inline in <head> so the page never flashes the wrong theme.
// It also wires, by event delegation, the theme toggle, Escape for glossary previews, copy-link
// buttons and the search shortcuts, which import the search dialog only when a reader asks.
// src/build/inline-script.ts minifies it into each page; the CSP allows it by hash.

const root = document.documentElement;
const media = matchMedia('(prefers-color-scheme: dark)');
let stored: string | null = null;
try {
  stored = localStorage.getItem('theme');
} catch {}
const apply = (theme: string | undefined) => {
  if (theme) root.dataset['theme'] = theme;
  for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(theme === 'dark'));
};
apply(stored === 'light' || stored === 'dark' ? stored : media.matches ? 'dark' : 'light');
media.addEventListener('change', (e) => {
  if (!stored) apply(e.matches ? 'dark' : 'light');
});
// Text typed into the header box while the dialog loads is carried over when it opens.
// A shortcut first moves focus to the header box, so keys pressed while the dialog loads land
// there; Escape still returns focus to where the reader was before the shortcut.
let opening: Promise<void> | null = null;
let focusBefore: Element | null = null;
const openSearch = (fromShortcut: boolean) => {
  const pageInput = document.getElementById('search-page-input');
  if (pageInput) return pageInput.focus();
  const header = document.getElementById('header-search') as HTMLInputElement | null;
  if (fromShortcut && header && !opening && !document.activeElement?.closest('dialog')) {
    focusBefore = document.activeElement;
    header.focus();
  }
  opening ??= (import(SEARCH_DIALOG_URL) as Promise<{ openSearchDialog(text: string, returnTo: Element | null): void }>)
    .then((m) => {
      const text = header ? header.value : '';
      if (header) header.value = '';
      m.openSearchDialog(text, focusBefore);
    })
    .finally(() => {
      opening = null;
      focusBefore = null;
    });
};
document.addEventListener('DOMContentLoaded', () => {
  apply(root.dataset['theme']);
  // Opened from a search result: a small module marks the searched words and cleans the address.
  if (new URLSearchParams(location.search).has('highlight')) import(SEARCH_LANDING_URL);
  followContents();
});

// The link of the section being read is marked in the contents list ("On this page").
const followContents = () => {
  const toc = document.querySelector('.toc');
  if (!toc) return;
  const links = [...toc.querySelectorAll('a')];
  const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  let frame = 0;
  const mark = () => {
    frame = 0;
    let current = -1;
    headings.forEach((h, i) => {
      if (h && h.getBoundingClientRect().top < 120) current = i;
    });
    links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
  };
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(mark)), { passive: true });
  mark();
};
document.addEventListener('keydown', (e) => {
  const t = e.target;
  const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  if ((e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing)) {
    e.preventDefault();
    openSearch(true);
  } else if (e.key === 'Escape') {
    root.classList.add('tips-dismissed');
    const menu = document.querySelector<HTMLDetailsElement>('.nav-menu[open]');
    if (menu) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  }
});
// The header's search form opens the dialog rather than the search page.
document.addEventListener('submit', (e) => {
  if (e.target instanceof HTMLFormElement && e.target.classList.contains('search-form')) {
    e.preventDefault();
    openSearch(true);
  }
});
/** The copy-link module, fetched when a reader points at or focuses a copy control, used on click. */
let copier: Promise<{ copyLink: (control: Element) => void }> | undefined;
const loadCopier = () => (copier ??= import(COPY_LINK_URL) as Promise<{ copyLink: (control: Element) => void }>);
for (const type of ['focusin', 'pointerover']) {
  document.addEventListener(type, (e) => {
    if (!(e.target instanceof Element)) return;
    if (e.target.closest('.term')) root.classList.remove('tips-dismissed');
    if (e.target.closest('[data-copy-link]')) loadCopier();
  });
}
document.addEventListener('input', (e) => {
  if (e.target instanceof HTMLInputElement && e.target.id === 'header-search') openSearch(false);
});
document.addEventListener('click', (e) => {
  if (!(e.target instanceof Element)) return;
  // A click outside the open menu closes it.
  const menu = document.querySelector<HTMLDetailsElement>('.nav-menu[open]');
  if (menu && !menu.contains(e.target)) menu.open = false;
  const copy = e.target.closest('[data-copy-link]');
  if (copy) {
    // The copying code loads on the first click: pages carry only this line of it.
    loadCopier().then((m) => m.copyLink(copy));
  }
  if (e.target.closest('[data-theme-toggle]')) {
    stored = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem('theme', stored);
    } catch {}
    apply(stored);
  }
});

// ---- Glossary previews on touch ----
// Hover and keyboard focus open a term's preview with CSS alone (src/styles/term-preview.css);
// Escape hides them (the key listener above). Touch has no hover, so the first tap on a term opens
// its preview, with a link to the term page, instead of following the link; a second tap on the
// term, or that link, follows it. A tap elsewhere closes it (pointerup, which a swipe that scrolls
// never sends). Without this script a tap opens the term page.
let tapping = false;
let opened: Element | null = null;
document.addEventListener('pointerup', (e) => {
  tapping = e.pointerType === 'touch';
  if (!opened?.contains(e.target as Node)) opened?.classList.remove('open');
});
document.addEventListener('click', (e) => {
  const term = (e.target as Element).closest('.term');
  // detail is 0 for a click made with the keyboard (Enter), which follows the link.
  if (term && tapping && e.detail && term.classList.toggle('open')) {
    e.preventDefault();
    opened = term;
    // The preview's own link to the term page, added on its first opening: [0] is its <strong>.
    // The address is the term link's own, a full URL with nothing to quote.
    const tip = term.lastChild as Element;
    if (!tip.children[1]) tip.innerHTML += ` <a href=${(term.firstChild as HTMLAnchorElement).href}>Read the full entry</a>`;
  }
});
