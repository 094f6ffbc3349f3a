/** Numbers and Markdown tables for the benchmark's report. */
export const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
export const size = (n: number) => (n >= 1024 * 1024 ? mb(n) : kb(n));
export const secs = (s: number) => (s >= 120 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`);
export const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
export const opt = <T>(v: T | null | undefined, f: (v: T) => string) =>
  v === null || v === undefined ? '—' : f(v);

export function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
