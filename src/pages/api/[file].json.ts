import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../lib/data/dataset.ts';
import { API_FILES, buildApi, type ApiFile } from '../../lib/api.ts';

export const getStaticPaths = (() =>
  API_FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data } = await getDataset();
  const body = buildApi(data)[params.file as ApiFile];
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
