// Sorts a table marked data-sortable by the column whose heading is clicked; rows keep their order without JS.
function sortBy(table: HTMLTableElement, index: number, button: HTMLButtonElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const th = button.closest('th');
  const ascending = th?.getAttribute('aria-sort') !== 'ascending';
  for (const other of table.tHead?.querySelectorAll('th') ?? []) other.removeAttribute('aria-sort');
  th?.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const key = (row: HTMLTableRowElement): string => row.cells[index]?.dataset['sort'] ?? row.cells[index]?.textContent ?? '';
  const numeric = [...body.rows].every((row) => key(row) !== '' && !Number.isNaN(Number(key(row))));
  const rows = [...body.rows].sort((a, b) => {
    const order = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b));
    return ascending ? order : -order;
  });
  body.append(...rows);
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  table.tHead?.querySelectorAll('th').forEach((th, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent ?? '';
    button.addEventListener('click', () => sortBy(table, index, button));
    th.replaceChildren(button);
  });
  table.classList.add('sortable-ready');
}
