// <locate-me>: geolocation, then a point-in-polygon test in the browser, then the kecamatan page.
import { featureAt } from '../lib/geo/point-in-polygon.ts';
import type { AreaCollection } from '../lib/geo/simplify-boundaries.ts';

class LocateMe extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('.locate-status');
    if (!button || !status || !('geolocation' in navigator)) return;
    const sources = JSON.parse(this.dataset['sources'] ?? '[]') as { url: string; pages: Record<string, string> }[];
    const texts = JSON.parse(this.dataset['texts'] ?? '{}') as { locating: string; outside: string; denied: string };
    button.hidden = false;
    button.addEventListener('click', () => {
      status.textContent = texts.locating;
      navigator.geolocation.getCurrentPosition(
        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the browser ignores the callback's promise and reports its rejection as it would a throw
        async ({ coords }) => {
          for (const source of sources) {
            const fc = (await fetch(source.url).then((r) => r.json())) as AreaCollection;
            const code = featureAt(fc, coords.longitude, coords.latitude);
            if (code !== undefined && source.pages[code]) {
              location.assign(source.pages[code]);
              return;
            }
          }
          status.textContent = texts.outside;
        },
        () => {
          status.textContent = texts.denied;
        },
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
      );
    });
  }
}

customElements.define('locate-me', LocateMe);
