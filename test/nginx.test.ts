/**
 * deploy/nginx.conf on a real nginx: the file is adapted only where a test must (high ports on
 * 127.0.0.1, a self-signed certificate, a scratch root, pid and logs), started, asked once per
 * header a security scan (等保, the inspection's security checks) looks for, and stopped.
 * Skipped, saying so, where /usr/sbin/nginx or openssl is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from './helpers/fixtures.ts';

const NGINX = '/usr/sbin/nginx';
const OPENSSL = spawnSync('openssl', ['version']).status === 0;
const available = existsSync(NGINX) && OPENSSL;
if (!available)
  console.warn(
    `test/nginx.test.ts skipped: needs ${NGINX} and openssl (apt-get install nginx openssl).`,
  );

const HOST = 'plan.example.gov.cn';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
}

function get(secure: boolean, port: number, urlPath: string): Promise<Answer> {
  const request = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        headers: { Host: HOST },
        rejectUnauthorized: false,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The hash-free directives of the pages' policy, read from astro.config.mjs. */
function pageDirectives(): Map<string, string> {
  const config = readFileSync(path.join(REPO, 'astro.config.mjs'), 'utf8');
  const list = /directives:\s*\[([\s\S]*?)\]/.exec(config)?.[1] ?? '';
  return directives([...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]).join(';'));
}

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values.join(' ')];
      }),
  );
}

describe.skipIf(!available)('deploy/nginx.conf on nginx', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-nginx-'));
  let nginx: ChildProcess | undefined;
  let http = 0;
  let https = 0;

  beforeAll(async () => {
    http = await freePort();
    https = await freePort();
    // Run as root, nginx's workers are `nobody`: they must be able to read the scratch root.
    chmodSync(dir, 0o755);
    const root = path.join(dir, 'site');
    const files: Record<string, string> = {
      'index.html': '<!doctype html><title>x</title>',
      '404.html': '<!doctype html><title>404</title>',
      'zwgk/sswgh/indicators/I01/index.html': '<!doctype html><title>I01</title>',
      'zwgk/sswgh/embed/indicators/I01/index.html': '<!doctype html><title>I01 chart</title>',
      'zwgk/sswgh/_astro/a.1234.js': 'console.log(1)',
      'zwgk/sswgh/downloads/indicators.csv': '\uFEFFid\r\nI01\r\n',
      '.git/config': '[core]',
      '.rsync-tmp.html': 'partial',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    const cert = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${HOST}`,
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ]);
    if (cert.status !== 0) throw new Error(String(cert.stderr));

    const server = readFileSync(path.join(REPO, 'deploy/nginx.conf'), 'utf8')
      .replace(/^\s*listen \[::\]:\d+.*$/gm, '')
      .replace('listen 80;', `listen 127.0.0.1:${http};`)
      .replace('listen 443 ssl;', `listen 127.0.0.1:${https} ssl;`)
      .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${dir}/cert.pem;`)
      .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${dir}/key.pem;`)
      .replace(/root \S+;/, `root ${root};`);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((t) => `${t}_temp_path ${dir}/${t};`)
      .join('\n');
    const conf = `daemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\ninclude /etc/nginx/mime.types;\naccess_log off;\n${temp}\n${server}\n}\n`;
    writeFileSync(path.join(dir, 'nginx.conf'), conf);
    const test = spawnSync(NGINX, ['-t', '-c', `${dir}/nginx.conf`, '-p', dir], {
      encoding: 'utf8',
    });
    if (test.status !== 0) throw new Error(test.stderr);
    nginx = spawn(NGINX, ['-c', `${dir}/nginx.conf`, '-p', dir], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (
        await get(true, https, '/').then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx did not start: ${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
  });

  afterAll(() => {
    if (nginx?.pid) process.kill(nginx.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('nginx: plain HTTP is redirected to HTTPS', async () => {
    const r = await get(false, http, '/zwgk/sswgh/indicators/I01/');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe(`https://${HOST}/zwgk/sswgh/indicators/I01/`);
  });

  it('nginx: Strict-Transport-Security over HTTPS', async () => {
    const r = await get(true, https, '/');
    expect(r.status).toBe(200);
    expect(r.headers['strict-transport-security']).toMatch(/^max-age=(\d+)/);
    expect(
      Number(/max-age=(\d+)/.exec(r.headers['strict-transport-security']!)![1]),
    ).toBeGreaterThanOrEqual(31536000);
  });

  it('nginx: X-Content-Type-Options nosniff', async () => {
    expect((await get(true, https, '/')).headers['x-content-type-options']).toBe('nosniff');
  });

  it('nginx: Referrer-Policy', async () => {
    expect((await get(true, https, '/')).headers['referrer-policy']).toBe(
      'strict-origin-when-cross-origin',
    );
  });

  it('nginx: Permissions-Policy turns off camera, microphone and geolocation', async () => {
    const p = (await get(true, https, '/')).headers['permissions-policy'] ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()'])
      expect(p).toContain(feature);
  });

  it('nginx: the Content-Security-Policy header matches the pages’ policy and adds frame-ancestors', async () => {
    const header = directives(
      (await get(true, https, '/')).headers['content-security-policy'] as string,
    );
    const page = pageDirectives();
    expect(page.get('default-src')).toBe("'none'");
    expect(header.get('frame-ancestors')).toBe("'self'");
    for (const [name, value] of page)
      if (name !== 'default-src') expect(header.get(name), name).toBe(value);
    for (const name of header.keys())
      if (name !== 'frame-ancestors')
        expect(page.has(name), `${name} is not in the pages' policy`).toBe(true);
    // Never loosens: nothing unsafe, no other origin.
    expect([...header.values()].join(' ')).not.toMatch(/unsafe|https?:|\*/);
  });

  it('nginx: the embeddable charts may be framed by the sites frame-ancestors names, no other page may', async () => {
    const page = await get(true, https, '/zwgk/sswgh/indicators/I01/');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    const embed = await get(true, https, '/zwgk/sswgh/embed/indicators/I01/');
    expect(embed.status).toBe(200);
    // X-Frame-Options cannot name another site, so /embed/ leaves it to frame-ancestors.
    expect(embed.headers['x-frame-options']).toBeUndefined();
    const csp = directives(embed.headers['content-security-policy'] as string);
    expect(csp.get('frame-ancestors')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
  });

  it('nginx: no server version in the Server header or on error pages', async () => {
    const r = await get(true, https, '/no/such/page/');
    expect(r.status).toBe(404);
    expect(r.headers.server).toBe('nginx');
    expect((await get(false, http, '/')).headers.server).toBe('nginx');
  });

  it('nginx: dot-files are never served', async () => {
    expect((await get(true, https, '/.git/config')).status).toBe(404);
    expect((await get(true, https, '/.rsync-tmp.html')).status).toBe(404);
  });

  it('nginx: the column under /zwgk/sswgh/: pages, hashed bundles cached a year, CSV as text/csv; headers kept', async () => {
    const page = await get(true, https, '/zwgk/sswgh/indicators/I01/');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const js = await get(true, https, '/zwgk/sswgh/_astro/a.1234.js');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const csv = await get(true, https, '/zwgk/sswgh/downloads/indicators.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['x-content-type-options']).toBe('nosniff');
    expect(csv.headers['strict-transport-security']).toBeTruthy();
  });
});
