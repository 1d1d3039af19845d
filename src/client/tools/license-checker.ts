/** Browser side of the license checker: reads the answers and lists what to check. */
import { checkPlan, QUESTIONS, STATUS_DISPLAY, summarize, type CheckItem, type PartialAnswers, type Topics } from '@/lib/tools/license-check';
import { mountAll, part } from './tool-dom';

type Labels = Record<string, { href: string; label: string }>;

async function mount(root: HTMLElement): Promise<void> {
  const result = part(root, 'data-out', 'result');
  const labels = JSON.parse(result.dataset['labels'] ?? '{}') as Labels;
  const summary = part(root, 'data-out', 'summary');
  const list = part(root, 'data-out', 'items');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"][data-question]')];

  function answers(): PartialAnswers {
    const chosen: Record<string, string> = {};
    for (const radio of radios) if (radio.checked && radio.dataset['question']) chosen[radio.dataset['question']] = radio.value;
    return Object.fromEntries(QUESTIONS.map((q) => [q.id, chosen[q.id]])) as PartialAnswers;
  }

  function render(item: CheckItem): HTMLLIElement {
    const li = document.createElement('li');
    li.dataset['status'] = item.status;
    const head = document.createElement('p');
    head.className = 'check-head';
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.dataset['status'] = item.status;
    const symbol = document.createElement('span');
    symbol.setAttribute('aria-hidden', 'true');
    symbol.textContent = STATUS_DISPLAY[item.status].symbol;
    badge.append(symbol, ` ${STATUS_DISPLAY[item.status].word}`);
    const title = document.createElement('span');
    title.textContent = item.title;
    head.append(title, badge);
    const text = document.createElement('p');
    text.textContent = item.text;
    li.append(head, text);
    const links = [...item.links.terms.map((s) => labels[`term:${s}`]), ...item.links.faq.map((s) => labels[`faq:${s}`])].filter((l) => l !== undefined);
    if (links.length) {
      const p = document.createElement('p');
      p.className = 'check-links';
      p.append('Read more: ');
      for (const link of links) {
        const a = document.createElement('a');
        a.href = link.href;
        a.textContent = link.label;
        p.append(a, ' ');
      }
      li.append(p);
    }
    return li;
  }

  // The checker's words live in content/ and come as JSON; until they arrive the summary says so.
  let topics: Topics | undefined;

  function update(): void {
    if (!topics) return;
    const checked = checkPlan(answers(), topics);
    summary.textContent = summarize(checked);
    list.replaceChildren(...checked.items.map(render));
  }

  root.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.dataset['question']) update();
  });
  part(root, 'data-action', 'reset').addEventListener('click', () => {
    for (const radio of radios) radio.checked = false;
    update();
    radios[0]?.focus();
  });
  summary.textContent = 'Loading the checker…';
  try {
    const response = await fetch(result.dataset['topics'] ?? '');
    if (!response.ok) throw new Error(String(response.status));
    topics = (await response.json()) as Topics;
  } catch {
    summary.textContent = 'The checker could not load its notes. The table below says what each kind of license usually allows.';
    return;
  }
  update();
}

mountAll('license-checker', (root) => void mount(root));
