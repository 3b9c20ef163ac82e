// The nginx snippet we ship, in a real nginx (Debian's, installed by .ci/run) serving the built site:
// embeds may be framed, other pages not, and every response carries the policy.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { contentSecurityPolicy } from '../../src/lib/security/content-security-policy.ts';

const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

test('nginx with deploy/nginx-headers.conf: embeds framable by anyone, other pages by no one, assets cached', async () => {
  assert.ok(nginx, 'nginx is installed (.ci/run installs Debian\'s nginx)');
  const work = mkdtempSync(join(tmpdir(), 'pantau-nginx-'));
  const port = await freePort();
  const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${work}/${k};`).join(' ');
  writeFileSync(
    join(work, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${work}/nginx.pid; error_log ${work}/error.log; user root;
events { worker_connections 64; }
http { include /etc/nginx/mime.types; access_log off; ${temp}
  server { listen 127.0.0.1:${port}; root ${dist}; include ${resolve('deploy/nginx-headers.conf')}; }
}
`,
  );
  const server = spawn(nginx, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    const base = `http://127.0.0.1:${port}`;
    let ready = false;
    for (let i = 0; i < 50 && !ready; i += 1) {
      ready = await fetch(`${base}/`).then(() => true, () => false);
      if (!ready) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(ready, 'nginx answers');
    const embed = readdirSync(join(dist, 'embed')).sort()[0] ?? '';
    const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.js')) ?? '';
    const page = await fetch(`${base}/kota/bogor/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), contentSecurityPolicy('none'));
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    for (const path of [`/embed/${embed}/`, `/en/embed/${embed}/`]) {
      const framed = await fetch(base + path);
      assert.equal(framed.status, 200, path);
      assert.equal(framed.headers.get('content-security-policy'), contentSecurityPolicy('anyone'), path);
      assert.equal(framed.headers.get('x-frame-options'), null, path);
    }
    const script = await fetch(`${base}/_astro/${asset}`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('cache-control') ?? '', /immutable/);
    assert.equal(script.headers.get('content-security-policy'), contentSecurityPolicy('none'));
    const missing = await fetch(`${base}/no-such-page/`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<html lang="id"/, 'the site\'s own 404 page');
  } finally {
    server.kill('SIGTERM');
  }
});
