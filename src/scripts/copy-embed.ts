// The "copy code" buttons of the embed boxes (the code stays selectable without them).
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-embed')) {
  const box = button.closest('details');
  const area = box?.querySelector('textarea');
  const status = box?.querySelector('.copy-status');
  if (!area || !status || !navigator.clipboard) continue;
  button.hidden = false;
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the DOM ignores a listener's promise and reports its rejection as it would a throw
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(area.value);
    status.textContent = button.dataset['copied'] ?? '';
  });
}
