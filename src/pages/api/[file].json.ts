import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/site.ts';
import { API_FILES, type ApiFile } from '../../lib/api.ts';

export const getStaticPaths = (() =>
  API_FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = (await getSite()).api()[params.file as ApiFile];
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
