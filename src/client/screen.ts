/**
 * The wall display's behaviour. URL options: ?interval=20 (seconds per panel), ?panel=<id> (pin
 * one panel), ?poll=300 (seconds between checks of version.json), ?maxAge=400 (days before the
 * data is flagged as stale). Keys: Space or P pauses, ←/→ step, 1–6 jump.
 * State is mirrored on #screen-root (data-current, data-paused, data-swaps) for people and tests.
 */
const clamp = (v: number, lo: number, hi: number, fallback: number) =>
  Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback;

export function setupScreen(): void {
  const root = document.getElementById('screen-root');
  if (!root) return;
  const params = new URLSearchParams(location.search);
  const interval = clamp(Number(params.get('interval') ?? 20), 1, 3600, 20) * 1000;
  const poll = clamp(Number(params.get('poll') ?? 300), 1, 86400, 300) * 1000;
  const maxAge = clamp(Number(params.get('maxAge') ?? 400), 1, 100000, 400);
  const pin = params.get('panel');

  const panels = () => [...root.querySelectorAll<HTMLElement>('[data-panel]')];
  const ids = () => panels().map((p) => p.dataset.panel ?? '');
  let index = Math.max(0, pin ? ids().indexOf(pin) : 0);
  let paused = pin !== null && ids().includes(pin);
  const pauseButton = root.querySelector<HTMLButtonElement>('[data-pause]');

  const show = (i: number) => {
    const list = panels();
    index = (i + list.length) % list.length;
    list.forEach((p, k) => (p.hidden = k !== index));
    const current = list[index]?.dataset.panel ?? '';
    root.dataset.current = current;
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-goto]'))
      b.setAttribute('aria-current', String(b.dataset.goto === current));
  };
  const setPaused = (value: boolean) => {
    paused = value;
    root.dataset.paused = String(paused);
    if (pauseButton) {
      pauseButton.textContent =
        (paused ? pauseButton.dataset.playLabel : pauseButton.dataset.pauseLabel) ?? '';
      pauseButton.setAttribute('aria-pressed', String(paused));
    }
  };

  let timer = window.setInterval(() => !paused && show(index + 1), interval);
  const restart = () => {
    window.clearInterval(timer);
    timer = window.setInterval(() => !paused && show(index + 1), interval);
  };
  root.addEventListener('click', (e) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-goto],[data-pause]');
    if (!target) return;
    if (target.dataset.goto !== undefined) {
      show(ids().indexOf(target.dataset.goto));
      restart();
    } else setPaused(!paused);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === ' ' || e.key === 'p' || e.key === 'P') {
      e.preventDefault();
      setPaused(!paused);
    } else if (e.key === 'ArrowRight') {
      show(index + 1);
      restart();
    } else if (e.key === 'ArrowLeft') {
      show(index - 1);
      restart();
    } else if (/^[1-9]$/.test(e.key) && Number(e.key) <= panels().length) {
      show(Number(e.key) - 1);
      restart();
    }
  });

  const checkStale = () => {
    const stale = root.querySelector<HTMLElement>('[data-stale]');
    const asOf = root.dataset.dataAsOf;
    if (!stale) return;
    stale.dataset.template ??= stale.textContent ?? '';
    const days = asOf
      ? Math.floor((Date.now() - Date.parse(`${asOf}T00:00:00+08:00`)) / 86_400_000)
      : null;
    stale.hidden = days === null || days <= maxAge;
    if (days !== null)
      stale.textContent = (stale.dataset.template ?? '').replace('{d}', String(days));
  };

  const offline = (on: boolean) => {
    const mark = root.querySelector<HTMLElement>('[data-offline-mark]');
    if (mark) mark.hidden = !on;
    root.dataset.offline = String(on);
  };
  /** A new build: fetch the new page first, then swap its panels and header in place (no blank frame). */
  const checkVersion = async () => {
    try {
      const res = await fetch(root.dataset.versionUrl ?? 'version.json', { cache: 'no-store' });
      if (!res.ok) throw new Error(String(res.status));
      const { version } = (await res.json()) as { version?: string };
      offline(false);
      if (!version || version === root.dataset.version) return;
      const page = await fetch(location.href, { cache: 'no-store' });
      if (!page.ok) throw new Error(String(page.status));
      const next = new DOMParser()
        .parseFromString(await page.text(), 'text/html')
        .getElementById('screen-root');
      if (!next) return;
      const current = root.dataset.current;
      for (const sel of ['.stage', 'header.bar', '[data-overdue-total]']) {
        const fresh = next.querySelector(sel);
        const old = root.querySelector(sel);
        if (fresh && old) old.replaceWith(document.importNode(fresh, true));
      }
      root.dataset.version = next.dataset.version ?? version;
      root.dataset.dataAsOf = next.dataset.dataAsOf ?? '';
      root.dataset.swaps = String(Number(root.dataset.swaps ?? '0') + 1);
      show(Math.max(0, ids().indexOf(current ?? '')));
      checkStale();
    } catch {
      offline(true);
    }
  };

  show(index);
  setPaused(paused);
  checkStale();
  window.setInterval(() => void checkVersion(), poll);
}
