// <sortable-table>: turns column headings marked data-sort into buttons that sort the rows (aria-sort kept).

class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
    headers.forEach((th, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const numeric = th.dataset['sort'] === 'number';
        const key = (row: HTMLTableRowElement): string => row.cells[column]?.dataset['value'] ?? '';
        const rows = [...body.rows].sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          if (numeric) {
            // Rows without data always go last, whichever the direction.
            if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
            return (Number(x) - Number(y)) * (ascending ? 1 : -1);
          }
          return x.localeCompare(y, document.documentElement.lang) * (ascending ? 1 : -1);
        });
        body.append(...rows);
      });
    });
  }
}

customElements.define('sortable-table', SortableTable);
