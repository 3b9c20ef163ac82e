// A gzip front for a local static server. Static hosts compress text, and Lighthouse's simulated mobile
// network charges every byte sent: auditing uncompressed pages would measure a host nobody deploys to.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

/** Forwards every request to `upstream` and gzips text answers for clients that accept gzip, as a static host does. */
export async function gzipProxy(upstream: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const forward = request(new URL(req.url ?? '/', upstream), { method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (answer) => {
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && compressible.test(String(answer.headers['content-type'] ?? ''));
      const headers = { ...answer.headers };
      if (gzip) {
        delete headers['content-length'];
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'Accept-Encoding';
      }
      res.writeHead(answer.statusCode ?? 502, headers);
      (gzip ? answer.pipe(createGzip()) : answer).pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
