/**
 * Progressive filter for lists rendered in full on the server: a form[data-filters] whose selects
 * are named after data-* attributes of rows marked [data-row]. Without JavaScript the form stays
 * hidden and every row shows. The choice is kept in the URL (?category=safety) so it can be shared.
 */
export function setupRowFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-filters]');
  if (!form) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const rows = [...document.querySelectorAll<HTMLElement>('[data-row]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const template =
    document.querySelector<HTMLElement>('[data-count-template]')?.textContent ?? '{n}/{total}';
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const wanted = params.get(s.name);
    if (wanted && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
  }
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const ok = selects.every((s) => s.value === '' || row.dataset[s.name] === s.value);
      row.hidden = !ok;
      if (ok) shown += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-group]'))
      group.hidden = !group.querySelector('[data-row]:not([hidden])');
    if (count)
      count.textContent = template
        .replace('{n}', String(shown))
        .replace('{total}', String(rows.length));
    const next = new URLSearchParams();
    for (const s of selects) if (s.value) next.set(s.name, s.value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
