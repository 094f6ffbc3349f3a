/**
 * Site search with Pagefind's index. The ~100 KB search code and index load only when the reader
 * starts typing, so the page itself ships almost no JavaScript.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

export function setupSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !list || !status) return;
  let pagefind: Promise<Pagefind> | null = null;
  const load = () => {
    pagefind ??= import(
      /* @vite-ignore */ `${form.dataset.base ?? '/'}pagefind/pagefind.js`
    ) as Promise<Pagefind>;
    return pagefind;
  };
  let seq = 0;
  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pf = await load();
    const { results } = await pf.search(q);
    const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    if (mine !== seq) return;
    list.replaceChildren(
      ...top.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const p = document.createElement('p');
        // Pagefind's excerpt is the page text with < and > escaped (but not &) and each hit in
        // <mark>…</mark>: not HTML, so it is never parsed as such. Split at the marks, add text.
        for (const [i, part] of d.excerpt.split(/<mark>|<\/mark>/).entries()) {
          const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
          if (i % 2 === 1) {
            const mark = document.createElement('mark');
            mark.textContent = text;
            p.append(mark);
          } else if (text) p.append(text);
        }
        li.append(a, p);
        return li;
      }),
    );
    status.textContent = results.length
      ? (form.dataset.count ?? '{n}').replace('{n}', String(results.length))
      : (form.dataset.empty ?? '');
  };
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}
