/** Small DOM helpers the tools' browser modules share. */
import type { Reading } from '@/lib/tools/quantity';

/** Runs `mount` once for every element of this tool on the page. */
export function mountAll(tool: string, mount: (root: HTMLElement) => void): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-tool="${tool}"]`)) {
    if (root.hasAttribute('data-ready')) continue;
    root.setAttribute('data-ready', '');
    mount(root);
  }
}

/** The element inside `root` with the given attribute value; a missing one is a bug in the markup. */
export function part<T extends Element = HTMLElement>(root: Element, attribute: string, value: string): T {
  const el = root.querySelector<T>(`[${attribute}="${value}"]`);
  if (!el) throw new Error(`Tool markup has no [${attribute}="${value}"].`);
  return el;
}

/**
 * Shows how a field was read, or its error. Errors appear once the reader leaves or commits the
 * field (`strict`), or while it is already marked invalid, so typing "1." on the way to "1.5B"
 * does not flash a message.
 */
export function showReading(input: HTMLInputElement, message: HTMLElement, reading: Reading, strict: boolean, okText = true): void {
  if (reading.ok) {
    input.removeAttribute('aria-invalid');
    message.classList.remove('is-error');
    message.textContent = okText ? reading.understood : '';
  } else if (strict || input.getAttribute('aria-invalid') === 'true') {
    input.setAttribute('aria-invalid', 'true');
    message.classList.add('is-error');
    message.textContent = reading.message;
  }
}

/** Sets a live region's text after the reader pauses, so screen readers are not read every keystroke. */
export function announcer(region: HTMLElement, delay = 700): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (region.textContent !== text) region.textContent = text;
    }, delay);
  };
}
