// The comparison page (/models/compare/): the reader ticks two to four releases, the table shows
// their columns and hides the rest, and the choice is kept in the address (?m=a,b) so that it can
// be shared and the back button restores it. The table itself is built at build time.
const form = document.getElementById('compare-form') as HTMLFormElement;
const box = document.getElementById('compare-table') as HTMLElement;
const statusLine = document.getElementById('compare-status') as HTMLElement;
const figure = box.querySelector('figure') as HTMLElement;
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="m"]')];
const columnHeads = [...figure.querySelectorAll<HTMLElement>('thead [data-column]')];
const columns = columnHeads.map((th) => th.dataset['column'] ?? '');
const names = new Map(boxes.map((b) => [b.value, (b.parentElement?.textContent ?? b.value).trim()]));
const MAX = 4;

/** The releases named in the address, known ones only, at most four, without repeats. */
function fromAddress(): string[] {
  const params = new URLSearchParams(location.search);
  return [...new Set(params.getAll('m').flatMap((v) => v.split(',')))].filter((id) => names.has(id)).slice(0, MAX);
}

function show(chosen: string[]): void {
  for (const b of boxes) {
    b.checked = chosen.includes(b.value);
    b.disabled = !b.checked && chosen.length >= MAX;
  }
  // Header cells name their column; a row's cells follow the same order.
  const shown = columns.map((key) => chosen.includes(key));
  columnHeads.forEach((th, i) => (th.hidden = !shown[i]));
  for (const row of figure.querySelectorAll('tbody tr')) row.querySelectorAll<HTMLElement>('td').forEach((td, i) => (td.hidden = !shown[i]));
  // Named in the table's column order, which is the order of the boxes.
  const title = `${boxes.filter((b) => chosen.includes(b.value)).map((b) => names.get(b.value)).join(' vs ')}: openness, license and size`;
  for (const el of figure.querySelectorAll('.caption-title, caption')) el.textContent = title;
  box.hidden = chosen.length < 2;
  statusLine.textContent =
    chosen.length < 2
      ? `Choose ${chosen.length ? 'one more release' : 'two to four releases'} to compare.`
      : `Comparing ${chosen.length} releases${chosen.length === MAX ? ', the most the table shows at once' : ''}.`;
}

form.addEventListener('change', () => {
  const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
  history.replaceState(null, '', chosen.length ? `?m=${chosen.join(',')}` : location.pathname);
  show(chosen);
});
// The table follows every tick; the button only brings it into view.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!box.hidden) box.scrollIntoView({ behavior: 'smooth', block: 'start' });
});
addEventListener('popstate', () => show(fromAddress()));
form.hidden = false;
show(fromAddress());
