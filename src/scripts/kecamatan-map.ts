// <kecamatan-map>: Leaflet over the static SVG. Metric and election live in the URL (?metrik=&pemilihan=),
// and the static SVG (what prints) follows them too. The map is one tab stop: the arrow keys walk the
// kecamatan in alphabetical order, a letter jumps to a name. On touch, a first tap shows the figure and a
// link, a second tap on the same kecamatan opens its page. Tooltips are built from text nodes. Leaflet is
// fetched only here.
import type { AreaCollection, AreaProps } from '../lib/geo/simplify-boundaries.ts';
import { classIndex } from '../lib/map/class-index.ts';
import type { MapConfig } from '../lib/map/map-config.ts';
import { loadStylesheet } from './load-stylesheet.ts';
import { focusItem, letterStep, listStep, setTabStop } from './roving-focus.ts';
// Leaflet's CSS as a URL, linked when the live map mounts: as an import it would block every page with a map.
import leafletCss from 'leaflet/dist/leaflet.css?url';

type Leaflet = typeof import('leaflet');
type Path = import('leaflet').Path;

class KecamatanMap extends HTMLElement {
  private config!: MapConfig;
  private metric = '';
  private election = '';
  private layers = new Map<string, Path>();
  /** Title and embed title of the map for each "metric|election" (MapSection.astro). */
  private titles: Record<string, readonly [string, string, number]> = {};
  /** The kecamatan a first tap on a touch screen chose; a second tap on it opens its page. */
  private armed: string | null = null;
  private pointer = 'mouse';

  connectedCallback(): void {
    const source = this.querySelector('script.map-config');
    if (source === null) return;
    this.config = JSON.parse(source.textContent ?? '{}') as MapConfig;
    this.titles = JSON.parse(this.dataset['titles'] ?? '{}') as Record<string, readonly [string, string, number]>;
    const params = new URLSearchParams(location.search);
    const metric = params.get('metrik');
    const election = params.get('pemilihan');
    this.metric = this.config.metrics.some((m) => m.id === metric) ? (metric as string) : this.config.defaultMetric;
    this.election = this.config.elections.some((e) => e.id === election) ? (election as string) : this.config.defaultElection;
    const controls = this.querySelector<HTMLElement>('.map-controls');
    const metricSelect = this.querySelector<HTMLSelectElement>('select[name="metrik"]');
    const electionSelect = this.querySelector<HTMLSelectElement>('select[name="pemilihan"]');
    if (controls && metricSelect && electionSelect) {
      controls.classList.add('ready');
      metricSelect.value = this.metric;
      electionSelect.value = this.election;
      metricSelect.addEventListener('change', () => this.choose(metricSelect.value, this.election));
      electionSelect.addEventListener('change', () => this.choose(this.metric, electionSelect.value));
    }
    this.renderLegend();
    this.showElectionTables();
    this.restyleStatic();
    this.retargetShare();
    this.carryStateAcrossLanguages();
    if (this.config.geoUrl !== null) void this.mount();
  }

  private choose(metric: string, election: string): void {
    this.metric = metric;
    this.election = election;
    const url = new URL(location.href);
    url.searchParams.set('metrik', metric);
    url.searchParams.set('pemilihan', election);
    history.replaceState(null, '', url);
    this.renderLegend();
    this.showElectionTables();
    this.restyle();
    this.restyleStatic();
    this.retargetShare();
    this.carryStateAcrossLanguages();
  }

  /** The language switch reopens the same map: the twin page reads the same ?metrik=&pemilihan=. */
  private carryStateAcrossLanguages(): void {
    if (this.dataset['compact'] === 'true') return;
    const link = document.querySelector<HTMLAnchorElement>('a.lang-switch');
    if (!link) return;
    const twin = new URL(link.href);
    if (this.metric === this.config.defaultMetric && this.election === this.config.defaultElection) {
      twin.search = '';
    } else {
      twin.searchParams.set('metrik', this.metric);
      twin.searchParams.set('pemilihan', this.election);
    }
    link.href = twin.href;
  }

  /** Downloads and embed code follow the chosen metric and election (one export exists for each), and so
   *  does the snippet's title, which names them. */
  private retargetShare(): void {
    const [, embedTitle, height] = this.titles[`${this.metric}|${this.election}`] ?? [];
    for (const tools of this.querySelectorAll<HTMLElement>('.share-tools[data-share-id]')) {
      const old = tools.dataset['shareId'] ?? '';
      const prefix = tools.dataset['sharePrefix'] ?? '';
      const next = prefix ? `${prefix}-${this.metric}-${this.election}` : old;
      for (const a of tools.querySelectorAll('a[download]')) a.setAttribute('href', (a.getAttribute('href') ?? '').replace(old, next));
      for (const button of tools.querySelectorAll<HTMLButtonElement>('button.png-maker')) {
        button.dataset['svg'] = (button.dataset['svg'] ?? '').replace(old, next);
        button.dataset['file'] = `${next}.png`;
      }
      const area = tools.querySelector('textarea');
      if (area) {
        let code = area.value.replaceAll(old, next);
        if (embedTitle !== undefined) code = code.replace(/ title="[^"]*"/, ` title="${embedTitle.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
        if (height) code = code.replace(/ height="\d+"/, ` height="${height}"`);
        area.value = code;
      }
      tools.dataset['shareId'] = next;
    }
  }

  /** The drawing without Leaflet (what prints, and what shows before Leaflet loads) in the chosen state. */
  private restyleStatic(): void {
    const svg = this.querySelector<SVGSVGElement>('.map-static svg');
    if (!svg) return;
    const noData = svg.querySelector('pattern')?.id;
    for (const link of svg.querySelectorAll<SVGAElement>('a[data-code]')) {
      const code = link.dataset['code'] ?? '';
      const path = link.querySelector('path');
      const empty = this.value(code)[0] === null;
      path?.setAttribute('fill', empty && noData ? `url(#${noData})` : this.fill(code));
      link.setAttribute('aria-label', this.describe(code));
      const title = link.querySelector('title');
      if (title) title.textContent = this.describe(code);
    }
    const title = this.titles[`${this.metric}|${this.election}`]?.[0];
    const svgTitle = svg.querySelector(':scope > title');
    if (title !== undefined && svgTitle) svgTitle.textContent = title;
  }

  private value(code: string): readonly [number | null, string, 1?] {
    return this.config.values[this.election]?.[code]?.[this.metric] ?? [null, this.config.noData.label];
  }

  private fill(code: string): string {
    const scale = this.config.scales[this.metric];
    const k = classIndex(scale?.breaks ?? [], this.value(code)[0]);
    return k < 0 ? this.config.noData.color : (scale?.colors[k] ?? this.config.noData.color);
  }

  private describe(code: string): string {
    return `${this.config.names[code] ?? code}: ${this.value(code)[1]}`;
  }

  private renderLegend(): void {
    const metric = this.config.metrics.find((m) => m.id === this.metric);
    const election = this.config.elections.find((e) => e.id === this.election);
    const scale = this.config.scales[this.metric];
    const title = this.querySelector('.legend-metric');
    const unit = this.querySelector('.legend-unit');
    const list = this.querySelector('.legend-classes');
    if (!metric || !election || !scale || !title || !unit || !list) return;
    title.textContent = `${metric.label}, ${election.label}`;
    unit.textContent = `(${metric.unit})`;
    const items = scale.colors.map((color, i) => swatch(color, scale.labels[i] ?? ''));
    items.push(swatch(this.config.noData.color, this.config.noData.label, true));
    list.replaceChildren(...items);
  }

  /** The kecamatan tables of the page follow the chosen election. */
  private showElectionTables(): void {
    for (const table of document.querySelectorAll<HTMLElement>('[data-election-table]')) table.hidden = table.dataset['electionTable'] !== this.election;
  }

  private async mount(): Promise<void> {
    const [{ default: L }, geo] = await Promise.all([import('leaflet') as Promise<{ default: Leaflet }>, fetch(this.config.geoUrl ?? '').then((r) => r.json() as Promise<AreaCollection>), loadStylesheet(leafletCss)]);
    const live = this.querySelector<HTMLElement>('.map-live');
    const still = this.querySelector<HTMLElement>('.map-static');
    const bbox = this.config.bbox;
    if (!live || !still || !bbox) return;
    // The live map takes the static map's proportions, so a wide city is not lost in a tall box.
    const box = still.querySelector('svg')?.viewBox.baseVal;
    const ratio = box && box.width > 0 ? box.height / box.width : 0.75;
    live.style.height = `${Math.round(Math.min(Math.max(live.clientWidth || still.clientWidth, 280) * ratio + 40, 620))}px`;
    live.hidden = false;
    still.hidden = true;
    const bounds = L.latLngBounds([bbox[1], bbox[0]], [bbox[3], bbox[2]]);
    // The boundaries' attribution is printed under the map; the control only credits an optional tile layer.
    const map = L.map(live, { zoomSnap: 0.25, scrollWheelZoom: false, maxBounds: bounds.pad(0.5), attributionControl: this.config.tile !== null });
    if (this.config.tile) {
      map.attributionControl.setPrefix(false);
      L.tileLayer(this.config.tile.url, { attribution: escapeHtml(this.config.tile.attribution) }).addTo(map);
    }
    map.fitBounds(bounds, { padding: [12, 12] });
    const layer = L.geoJSON<AreaProps>(geo, {
      style: (f) => this.pathStyle(String(f?.properties?.code)),
      onEachFeature: (f, l) => {
        const code = String(f.properties.code);
        this.layers.set(code, l as Path);
        l.bindTooltip(() => this.tooltip(code), { sticky: true, direction: 'top' });
        l.on('click', (e) => {
          L.DomEvent.stopPropagation(e);
          this.tap(L, map, code, e.latlng);
        });
      },
    }).addTo(map);
    live.addEventListener('pointerdown', (e) => (this.pointer = e.pointerType), { capture: true });
    // A tap on the map outside any kecamatan disarms; Leaflet closes the card itself.
    map.on('click', () => (this.armed = null));
    this.makeFocusable();
    // The map itself is the second tab stop (arrows pan, + and − zoom): the zoom buttons stay for the mouse.
    for (const button of live.querySelectorAll('.leaflet-control-zoom a')) button.setAttribute('tabindex', '-1');
    this.addLabels(L, map);
    this.restyle();
    const kelurahan = this.querySelector<HTMLInputElement>('input[name="kelurahan"]');
    let outlines: import('leaflet').GeoJSON | undefined;
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the DOM ignores a listener's promise and reports its rejection as it would a throw
    kelurahan?.addEventListener('change', async () => {
      if (kelurahan.checked) {
        outlines ??= L.geoJSON(await fetch(this.config.kelurahanUrl ?? '').then((r) => r.json() as Promise<AreaCollection>), { interactive: false, style: { color: '#3b3b3b', weight: 0.8, dashArray: '3 3', fill: false } });
        outlines.addTo(map);
        layer.bringToFront();
      } else outlines?.remove();
    });
    this.querySelector<HTMLElement>('.map-help')?.removeAttribute('hidden');
  }

  private pathStyle(code: string): import('leaflet').PathOptions {
    const noData = this.value(code)[0] === null;
    // A value resting on few cases gets a heavier dotted outline (the static map hatches it instead).
    const few = this.value(code)[2] === 1;
    return { fillColor: this.fill(code), fillOpacity: noData ? 0.6 : 0.9, color: '#1d2b36', weight: few ? 2 : 1, dashArray: noData ? '4 3' : few ? '1 3' : '' };
  }

  private tooltip(code: string): HTMLElement {
    const box = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = this.config.names[code] ?? code;
    const metric = this.config.metrics.find((m) => m.id === this.metric);
    const line = document.createElement('div');
    line.textContent = `${metric?.label ?? ''}: ${this.value(code)[1]}`;
    box.append(name, line);
    return box;
  }

  /** A mouse click opens the page; on touch, the first tap shows the figure and a link, the second opens. */
  private tap(L: Leaflet, map: import('leaflet').Map, code: string, at: import('leaflet').LatLng): void {
    if (this.pointer !== 'touch' || this.armed === code) {
      location.assign(this.config.urls[code] ?? '#');
      return;
    }
    this.layers.get(code)?.closeTooltip();
    L.popup({ className: 'map-tap', autoPanPadding: [16, 16] }).setLatLng(at).setContent(this.tapCard(code)).openOn(map);
    this.armed = code;
  }

  private tapCard(code: string): HTMLElement {
    const box = this.tooltip(code);
    const link = document.createElement('a');
    link.href = this.config.urls[code] ?? '#';
    link.textContent = this.config.openPage.replace('{name}', this.config.names[code] ?? code);
    const hint = document.createElement('div');
    hint.className = 'map-tap-hint';
    hint.textContent = this.dataset['tapAgain'] ?? '';
    box.append(link, hint);
    return box;
  }

  /** One tab stop for all polygons; arrows walk them in alphabetical order, a letter jumps to a name. */
  private makeFocusable(): void {
    const codes = [...this.layers.keys()].sort((a, b) => (this.config.names[a] ?? a).localeCompare(this.config.names[b] ?? b, this.config.lang));
    const names = codes.map((c) => this.config.names[c] ?? c);
    const elements = codes.map((c) => this.layers.get(c)?.getElement()).filter((el): el is Element => el !== undefined);
    if (elements.length !== codes.length) return;
    setTabStop(elements, 0);
    codes.forEach((code, i) => {
      const layer = this.layers.get(code);
      const el = elements[i];
      if (!layer || !el) return;
      el.setAttribute('role', 'link');
      el.addEventListener('focus', () => {
        setTabStop(elements, i);
        layer.openTooltip();
      });
      el.addEventListener('blur', () => layer.closeTooltip());
      el.addEventListener('keydown', (event) => {
        const e = event as KeyboardEvent;
        if (e.key === 'Enter') location.assign(this.config.urls[code] ?? '#');
        if (e.key === 'Escape') {
          layer.closeTooltip();
          (el as SVGElement).blur();
          return;
        }
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        const to = listStep(elements, i, e.key) ?? letterStep(names, i, e.key);
        if (to === undefined) return;
        e.preventDefault();
        e.stopPropagation();
        focusItem(elements, to);
      });
    });
  }

  private restyle(): void {
    for (const [code, layer] of this.layers) {
      layer.setStyle(this.pathStyle(code));
      layer.getElement()?.setAttribute('aria-label', `${this.describe(code)}. ${this.config.openPage.replace('{name}', this.config.names[code] ?? code)}`);
      if (layer.isTooltipOpen()) layer.setTooltipContent(this.tooltip(code));
    }
  }

  /** Kecamatan names as map labels; on every zoom, labels that would overlap a bigger one are hidden. */
  private addLabels(L: Leaflet, map: import('leaflet').Map): void {
    const markers: import('leaflet').Marker[] = [];
    for (const [code, at] of Object.entries(this.config.labels)) {
      const marker = L.marker([at[1], at[0]], { icon: L.divIcon({ className: 'kec-label', html: '', iconSize: undefined as unknown as [number, number] }), interactive: false, keyboard: false }).addTo(map);
      const el = marker.getElement();
      if (el) {
        el.textContent = this.config.names[code] ?? code;
        el.setAttribute('aria-hidden', 'true');
      }
      markers.push(marker);
    }
    const declutter = (): void => {
      const placed: DOMRect[] = [];
      for (const marker of markers) {
        const el = marker.getElement();
        if (!el) continue;
        el.style.visibility = 'visible';
        const box = el.getBoundingClientRect();
        const clash = placed.some((o) => box.left < o.right && box.right > o.left && box.top < o.bottom && box.bottom > o.top);
        el.style.visibility = clash ? 'hidden' : 'visible';
        if (!clash) placed.push(box);
      }
    };
    map.on('zoomend', declutter);
    declutter();
  }
}

function swatch(color: string, label: string, noData = false): HTMLLIElement {
  const li = document.createElement('li');
  const box = document.createElement('span');
  box.className = noData ? 'swatch swatch-nodata' : 'swatch';
  box.style.backgroundColor = color;
  const text = document.createElement('span');
  text.textContent = label;
  li.append(box, text);
  return li;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

customElements.define('kecamatan-map', KecamatanMap);
