/**
 * A fake of the three Git servers' comment APIs on 127.0.0.1, for the adapter tests: GitHub REST
 * (issues/{n}/comments), Gitea/Forgejo API v1 (the same paths under /api/v1) and GitLab v4
 * (projects/:id/merge_requests/:iid/notes). It keeps the comments in memory, pages lists like the
 * real ones (per_page / limit, page) and records every request with its auth header.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
}

export interface FakeRequest {
  method: string;
  path: string;
  auth: string | undefined;
  body: unknown;
}

export interface FakeForge {
  url: string;
  comments: FakeComment[];
  requests: FakeRequest[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : undefined;
}

const ROUTES = [
  // GitHub and Gitea: list/create on the issue, update by comment id.
  {
    list: /^(?:\/api\/v1)?\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
    update: /^(?:\/api\/v1)?\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/,
  },
  // GitLab: notes of a merge request.
  {
    list: /^\/api\/v4\/projects\/[^/]+\/merge_requests\/(\d+)\/notes$/,
    update: /^\/api\/v4\/projects\/[^/]+\/merge_requests\/\d+\/notes\/(\d+)$/,
  },
];

export async function startFakeForge(seed: string[] = []): Promise<FakeForge> {
  const comments: FakeComment[] = seed.map((body, i) => ({ id: i + 1, body }));
  const requests: FakeRequest[] = [];
  let next = comments.length + 1;
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const body = await readBody(req);
      const auth = (req.headers.authorization ?? req.headers['private-token']) as
        string | undefined;
      requests.push({ method: req.method ?? 'GET', path: url.pathname, auth, body });
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      for (const route of ROUTES) {
        if (route.list.test(url.pathname) && req.method === 'GET') {
          const per = Number(
            url.searchParams.get('per_page') ?? url.searchParams.get('limit') ?? 30,
          );
          const page = Number(url.searchParams.get('page') ?? 1);
          return send(200, comments.slice((page - 1) * per, page * per));
        }
        if (route.list.test(url.pathname) && req.method === 'POST') {
          const c = { id: next++, body: (body as { body: string }).body };
          comments.push(c);
          return send(201, c);
        }
        const m = route.update.exec(url.pathname);
        if (m && (req.method === 'PATCH' || req.method === 'PUT')) {
          const c = comments.find((x) => x.id === Number(m[1]));
          if (!c) return send(404, { message: 'not found' });
          c.body = (body as { body: string }).body;
          return send(200, c);
        }
      }
      send(404, { message: `no route ${req.method} ${url.pathname}` });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
