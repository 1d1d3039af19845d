// Inlined by src/components/tools/ToolFrame.astro straight after each tool's frame (minified by
// src/build/inline-script.ts). It marks the frame `data-js`, shows the controls marked
// `data-js-only`, hides notes marked `data-no-js` and closes `details[data-js-collapse]` before
// first paint, and inserts the tool's bundled module, kept inert in a <template>, once the frame
// comes near the viewport or the reader focuses or presses something inside it.
const frame = (document.currentScript as HTMLScriptElement).previousElementSibling as HTMLElement;
frame.setAttribute('data-js', '');
for (const el of frame.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
for (const el of frame.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
for (const el of frame.querySelectorAll<HTMLDetailsElement>('details[data-js-collapse]')) el.open = false;
let seen: IntersectionObserver | undefined;
const load = () => {
  if (frame.hasAttribute('data-loading')) return;
  frame.setAttribute('data-loading', '');
  seen?.disconnect();
  const template = frame.querySelector<HTMLTemplateElement>('template[data-tool-code]');
  const failed = frame.querySelector<HTMLElement>('[data-tool-failed]');
  if (!template) return;
  const code = document.importNode(template.content, true);
  for (const script of code.querySelectorAll('script')) script.onerror = () => failed && (failed.hidden = false);
  frame.append(code);
};
if (!window.IntersectionObserver) load();
else (seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '200px 0px' })).observe(frame);
frame.addEventListener('focusin', load, { once: true });
frame.addEventListener('pointerdown', load, { once: true });
