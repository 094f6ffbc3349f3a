/**
 * The change a steward's pull request most often makes: one provisional figure revised and marked
 * final. The bench rebuilds after it with the charts the first build kept (svg-cache.ts), as CI
 * does for a data pull request with the cache of main.
 */

/** observations.csv with its first provisional row's value raised by 1 and marked final. */
export function reviseOneFigure(csv: string): { csv: string; revised: string } {
  const lines = csv.split('\n');
  const header = lines[0]!.split(',');
  const [value, status] = [header.indexOf('value'), header.indexOf('status')];
  const at = lines.findIndex((line, n) => n > 0 && line.split(',')[status] === 'provisional');
  if (value < 0 || status < 0 || at < 0) throw new Error('observations.csv has no provisional row');
  const cells = lines[at]!.split(',');
  if (!Number.isFinite(Number(cells[value]))) throw new Error(`not a number: ${lines[at]}`);
  cells[value] = String(Number(cells[value]) + 1);
  cells[status] = 'final';
  lines[at] = cells.join(',');
  return { csv: lines.join('\n'), revised: `${cells[0]} ${cells[1]}` };
}
