// An embed page tells the page that frames it how tall it is, whenever that changes.
const main = document.querySelector<HTMLElement>('main[data-embed-id]');
if (main && window.parent !== window) {
  const id = main.dataset['embedId'];
  const post = (): void => window.parent.postMessage({ type: 'pantau-embed-height', id, height: Math.ceil(document.documentElement.scrollHeight) }, '*');
  new ResizeObserver(post).observe(document.body);
  addEventListener('load', post);
}
