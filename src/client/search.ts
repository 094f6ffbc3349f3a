/**
 * Site search with Pagefind's index. The ~100 KB search code and index load only when the reader
 * starts typing, so the page itself ships almost no JavaScript.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
  mergeIndex: (path: string, options?: { language?: string }) => Promise<void>;
}

/** Chinese characters in a query: the English page then searches the Chinese pages too. */
const CJK = /[\u3400-\u9fff]/;

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
  let merged: Promise<void> | null = null;
  let seq = 0;
  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    // The query goes into the address (?q=), so a search can be bookmarked and shared.
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pf = await load();
    // Pagefind loads the index of the page's language; a Chinese word on /en/search/ needs the
    // Chinese index merged in (same bundle, the other language).
    if (CJK.test(q) && !document.documentElement.lang.startsWith('zh'))
      await (merged ??= pf.mergeIndex(`${form.dataset.base ?? '/'}pagefind`, {
        language: 'zh-cn',
      }));
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
