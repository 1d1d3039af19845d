// Copy-link controls: copy the absolute URL, say "Copied" on screen and to screen readers; if
// the clipboard is unavailable, show the URL selected so the reader can copy it by hand. Loaded by
// the inline page script on the first click on such a control, so pages do not carry it inline.

const announce = (text: string) => {
  const status = document.getElementById('copy-status');
  if (status) status.textContent = text;
};

export function copyLink(control: Element): void {
  const url = new URL(control.getAttribute('data-copy-link') || control.getAttribute('href') || '', location.href).href;
  const done = () => {
    control.setAttribute('data-copied', '');
    announce('Link copied');
    setTimeout(() => control.removeAttribute('data-copied'), 2000);
  };
  const fallback = () => {
    let field = control.parentElement?.querySelector<HTMLInputElement>('.copy-fallback');
    if (!field) {
      field = document.createElement('input');
      field.className = 'copy-fallback';
      field.readOnly = true;
      field.setAttribute('aria-label', 'Link to copy');
      control.after(field);
    }
    field.value = url;
    field.focus();
    field.select();
    announce('Copying is blocked here: the link is selected, press Ctrl+C or Cmd+C to copy it');
  };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(url).then(done, fallback);
  else fallback();
}
