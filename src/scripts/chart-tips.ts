// Hover and keyboard focus on a chart mark show its value in a small box (text only, never HTML). A chart is
// one tab stop; inside it the arrow keys move from mark to mark, Home and End to the first and last.
import { focusItem, planeStep, setTabStop } from './roving-focus.ts';

const tip = document.createElement('div');
tip.className = 'chart-tip';
tip.setAttribute('role', 'status');
tip.hidden = true;
document.body.append(tip);

function show(target: Element): void {
  const text = target.getAttribute('data-tip');
  if (text === null) return;
  tip.textContent = text;
  tip.hidden = false;
  const box = target.getBoundingClientRect();
  const left = Math.min(Math.max(8, box.left + box.width / 2 - tip.offsetWidth / 2), document.documentElement.clientWidth - tip.offsetWidth - 8);
  tip.style.left = `${left + scrollX}px`;
  tip.style.top = `${box.top + scrollY - tip.offsetHeight - 6}px`;
}

const hide = (): void => {
  tip.hidden = true;
};

document.addEventListener('mouseover', (e) => {
  const target = (e.target as Element | null)?.closest?.('svg.chart [data-tip]');
  if (target) show(target);
  else hide();
});
document.addEventListener('focusin', (e) => {
  const target = (e.target as Element | null)?.closest?.('svg.chart [data-tip]');
  if (target) {
    const marks = marksOf(target);
    setTabStop(marks, marks.indexOf(target));
    show(target);
  } else hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hide();
  const target = (e.target as Element | null)?.closest?.('svg.chart [data-tip]');
  if (!target || e.altKey || e.ctrlKey || e.metaKey) return;
  const marks = marksOf(target);
  const to = planeStep(marks, marks.indexOf(target), e.key);
  if (to === undefined) return;
  e.preventDefault();
  focusItem(marks, to);
});

function marksOf(mark: Element): Element[] {
  return [...(mark.closest('svg.chart')?.querySelectorAll('[data-tip]') ?? [])];
}
