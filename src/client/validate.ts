/**
 * /validate/: choose or drop CSV files; the checker (zod, papaparse and the schemas, about
 * 60 KB) loads on first use. Messages are rendered as text, never as HTML.
 */
export function setupValidate(): void {
  const zone = document.querySelector<HTMLElement>('[data-drop-zone]');
  const input = document.querySelector<HTMLInputElement>('#csv-files');
  const out = document.querySelector<HTMLElement>('[data-results]');
  const status = document.querySelector<HTMLElement>('[data-check-status]');
  if (!zone || !input || !out || !status) return;
  const t = zone.dataset;
  zone.hidden = false;

  const run = async (list: FileList | File[]) => {
    const chosen = [...list].filter((f) => /\.csv$/i.test(f.name));
    if (chosen.length === 0) {
      status.textContent = t.noCsv ?? '';
      return;
    }
    status.textContent = t.checking ?? '';
    out.replaceChildren();
    const dropped: Record<string, Uint8Array> = {};
    for (const f of chosen) dropped[f.name] = new Uint8Array(await f.arrayBuffer());
    const { checkFiles } = await import('./validate-run.ts');
    const result = await checkFiles(dropped, zone.dataset.base ?? '/');
    if (result.ok) {
      status.textContent = (t.passed ?? '').replace(
        '{files}',
        chosen.map((f) => f.name).join('、'),
      );
      const ul = document.createElement('ul');
      for (const [file, n] of Object.entries(result.counts)) {
        const li = document.createElement('li');
        li.textContent = `${file}：${n} ${t.rows ?? ''}`;
        ul.append(li);
      }
      out.append(ul);
      return;
    }
    status.textContent = (t.failed ?? '').replace('{n}', String(result.issues.length));
    const ol = document.createElement('ol');
    ol.className = 'issues';
    result.text.forEach((block) => {
      const li = document.createElement('li');
      const pre = document.createElement('pre');
      pre.textContent = block;
      li.append(pre);
      ol.append(li);
    });
    out.append(ol);
  };

  input.addEventListener('change', () => input.files && void run(input.files));
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('drop-zone--over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drop-zone--over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('drop-zone--over');
    if (e.dataTransfer?.files) void run(e.dataTransfer.files);
  });
}
