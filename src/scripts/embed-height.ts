// An embed page tells the page that frames it how tall it wants to be, whenever that changes. The page is
// laid out to fit its frame (global.css, body.embed); its natural height is measured with that limit lifted.
const main = document.querySelector<HTMLElement>('main[data-embed-id]');
if (main && window.parent !== window) {
  const id = main.dataset['embedId'];
  const root = document.documentElement;
  const natural = (): number => {
    root.classList.add('measuring');
    const height = Math.ceil(main.getBoundingClientRect().height);
    root.classList.remove('measuring');
    return height;
  };
  const post = (): void => window.parent.postMessage({ type: 'pantau-embed-height', id, height: natural() }, '*');
  new ResizeObserver(post).observe(document.body);
  addEventListener('load', post);
}
