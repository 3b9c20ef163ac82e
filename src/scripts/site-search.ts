// <site-search>: an ARIA combobox over the search index. On first use it fetches the list of shards, then
// only the shard a query's key falls in, each once. Arrow keys move, Enter opens the chosen
// kecamatan page, Escape closes. Places outside the covered cities are answered honestly.
import { expandShard } from '../lib/search/expand-shard.ts';
import { search, type Match } from '../lib/search/match.ts';
import type { IndexEntry } from '../lib/search/search-index.ts';
import type { Shard, ShardManifest } from '../lib/search/search-shards.ts';
import { shardFor } from '../lib/search/shard-for.ts';

interface Texts {
  kecamatan: string;
  kelurahan: string;
  outside: string;
  none: string;
  count: string;
}

class SiteSearch extends HTMLElement {
  private manifest: Promise<ShardManifest> | undefined;
  private readonly shards = new Map<string, Promise<IndexEntry[]>>();
  private results: Match[] = [];
  private active = -1;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const list = this.querySelector<HTMLUListElement>('ul[role="listbox"]');
    const status = this.querySelector('.search-status');
    const form = this.querySelector('form');
    if (!input || !list || !status || !form) return;
    const texts = JSON.parse(this.dataset['texts'] ?? '{}') as Texts;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    const base = this.dataset['index'] ?? '';
    const pageOf = (code: string): string => (this.dataset['kecamatan'] ?? '').replace('{code}', code);
    const manifest = (): Promise<ShardManifest> => (this.manifest ??= fetch(`${base}index.json`).then((r) => r.json() as Promise<ShardManifest>));
    /** The entries a query can match: those of its shard, fetched once and kept. */
    const load = async (query: string): Promise<IndexEntry[]> => {
      const files = await manifest();
      const i = shardFor(files.map(([start]) => start), query);
      const hash = i === null ? undefined : files[i]?.[1];
      if (hash === undefined) return [];
      let shard = this.shards.get(hash);
      if (shard === undefined) {
        shard = fetch(`${base}${hash}.json`).then((r) => r.json() as Promise<Shard>).then((s) => expandShard(s, pageOf));
        this.shards.set(hash, shard);
      }
      return shard;
    };
    const close = (): void => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      this.active = -1;
    };
    const go = (m: Match | undefined): void => {
      if (m?.entry.u) location.assign(m.entry.u);
    };
    const setActive = (i: number): void => {
      this.active = i;
      list.querySelectorAll('[role="option"]').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
      if (i >= 0) input.setAttribute('aria-activedescendant', `site-search-option-${i}`);
      else input.removeAttribute('aria-activedescendant');
      list.querySelector(`#site-search-option-${i}`)?.scrollIntoView({ block: 'nearest' });
    };
    const render = async (): Promise<void> => {
      const query = input.value;
      const index = await load(query);
      // A slower shard must not answer a query the reader has already changed.
      if (query !== input.value) return;
      this.results = search(index, query);
      if (input.value.trim().length < 2) {
        close();
        return;
      }
      list.replaceChildren(
        ...(this.results.length === 0
          ? [option(-1, texts.none, '', true)]
          : this.results.map((m, i) => {
              const e = m.entry;
              const detail = e.o ? texts.outside.replace('{c}', e.c) : e.p ? texts.kelurahan.replace('{p}', e.p).replace('{c}', e.c) : texts.kecamatan.replace('{c}', e.c);
              return option(i, e.n, detail, e.o === 1);
            })),
      );
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = texts.count.replace('0', String(this.results.length));
      setActive(-1);
    };
    input.addEventListener('focus', () => void manifest(), { once: true });
    input.addEventListener('input', () => void render());
    input.addEventListener('keydown', (e) => {
      const n = this.results.length;
      if (e.key === 'ArrowDown' && n > 0) {
        e.preventDefault();
        if (list.hidden) void render();
        setActive((this.active + 1) % n);
      } else if (e.key === 'ArrowUp' && n > 0) {
        e.preventDefault();
        setActive((this.active - 1 + n) % n);
      } else if (e.key === 'Enter' && !list.hidden) {
        const chosen = this.results[this.active >= 0 ? this.active : 0];
        if (chosen?.entry.u) {
          e.preventDefault();
          go(chosen);
        }
      } else if (e.key === 'Escape') {
        if (list.hidden) input.value = '';
        close();
      }
    });
    list.addEventListener('mousedown', (e) => {
      const li = (e.target as Element).closest('[role="option"]');
      const i = Number(li?.getAttribute('data-index') ?? -1);
      if (i >= 0) {
        e.preventDefault();
        go(this.results[i]);
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
    // On the search page, a query from the form (no-JS submit or a link) opens the answers at once.
    const q = new URLSearchParams(location.search).get('q');
    if (q && form.getAttribute('action') === location.pathname) {
      input.value = q;
      void render();
    }
  }
}

function option(i: number, name: string, detail: string, disabled: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.setAttribute('role', 'option');
  if (i >= 0) {
    li.id = `site-search-option-${i}`;
    li.dataset['index'] = String(i);
  }
  if (disabled) li.setAttribute('aria-disabled', 'true');
  const strong = document.createElement('strong');
  strong.textContent = name;
  li.append(strong);
  if (detail) {
    const small = document.createElement('span');
    small.textContent = detail;
    li.append(small);
  }
  return li;
}

customElements.define('site-search', SiteSearch);
