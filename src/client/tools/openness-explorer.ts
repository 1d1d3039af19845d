/** Browser side of the openness explorer: the chosen point's details replace the full list. */
import { announcer, mountAll, part } from './tool-dom';

function mount(root: HTMLElement): void {
  const radios = [...root.querySelectorAll<HTMLInputElement>('.chooser input[type="radio"]')];
  const points = [...root.querySelectorAll<HTMLElement>('[data-point]')];
  const announce = announcer(part(root, 'data-out', 'announce'), 300);

  function show(key: string, speak: boolean): void {
    for (const point of points) point.classList.toggle('is-current', point.dataset['point'] === key);
    const radio = radios.find((r) => r.value === key);
    if (radio && !radio.checked) radio.checked = true;
    const title = points.find((p) => p.dataset['point'] === key)?.firstElementChild?.textContent?.replace(/\s+/g, ' ').trim();
    if (speak && title) announce(`Showing ${title}`);
  }

  /** A link to one point (#openness-explorer-fully-open) opens the explorer at that point. */
  function fromHash(): void {
    const target = location.hash.slice(1);
    const point = points.find((p) => p.id === target);
    if (point?.dataset['point']) show(point.dataset['point'], false);
  }

  // Explorers rendered with lazyFacts carry only the first point's facts; the others come as HTML
  // from the site's own facts.json. If that fails, those points show their heading and summary.
  const factsUrl = root.querySelector<HTMLElement>('.points')?.dataset['factsUrl'];
  if (factsUrl) {
    fetch(factsUrl)
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : Promise.reject(new Error(String(response.status)))))
      .then((facts) => {
        for (const point of points) {
          const html = facts[point.dataset['point'] ?? ''];
          if (html === undefined || point.querySelector('.facts')) continue;
          const template = document.createElement('template');
          template.innerHTML = html;
          point.append(template.content);
        }
      })
      .catch(() => {});
  }

  root.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && radios.includes(event.target)) show(event.target.value, true);
  });
  addEventListener('hashchange', fromHash);
  show(radios.find((r) => r.checked)?.value ?? points[0]?.dataset['point'] ?? '', false);
  fromHash();
}

mountAll('openness-explorer', mount);
