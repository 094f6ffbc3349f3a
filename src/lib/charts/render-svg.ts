/**
 * Build-time chart rendering. Recharts 3 does not server-render (renderToString gives an empty
 * wrapper, recharts#5997), so each chart is rendered into a throw-away happy-dom window with
 * react-dom/client inside act(), and the finished <svg> is taken out as markup. The DOM globals
 * exist only while one chart renders; calls are queued, so concurrent callers are safe too.
 *
 * The markup is made ready for a strict Content-Security-Policy: style="" attributes become SVG
 * presentation attributes (or are dropped where CSS on the page does the job), ids get a
 * per-chart prefix so several charts can share a page, and the root gets role="img", a viewBox
 * and <title>/<desc> as its first children.
 */
import { createHash } from 'node:crypto';
import * as React from 'react';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { Window } from 'happy-dom';
import { installGlobals } from './dom-shim.ts';
import { convertStyles, finishRoot, prefixIds, tidy } from './svg-tidy.ts';

export interface RenderChartOptions {
  /** Prefix for the chart's ids; default a hash of the chart's markup (stable across builds). */
  idPrefix?: string;
  /**
   * How to wait for Recharts' effect-driven re-renders: React's act() (default where React is a
   * development build, e.g. under Vitest) or polling until the markup is stable (production
   * React, e.g. `astro build`, which has no act()).
   */
  scheduler?: 'act' | 'settle';
}

/** Inline styles left in the most recent chart (for reporting), e.g. `<svg> …`. */
export let lastRemainingStyles: readonly string[] = [];

type Act = (callback: () => Promise<void>) => Promise<void>;
/** React's act() exists only in development builds of React; `astro build` runs production React. */
const reactAct = (React as unknown as { act?: Act }).act;
/** How this process waits for a chart by default (svg-cache.ts files charts under it too). */
export const DEFAULT_SCHEDULER: 'act' | 'settle' = reactAct ? 'act' : 'settle';

/**
 * Without act(): render synchronously, then let the scheduler run (Recharts measures and
 * dispatches from effects, which re-render the chart) until the markup stops changing.
 */
async function settle(container: Element, work: () => void): Promise<void> {
  flushSync(work);
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
  let last = '';
  let stable = 0;
  for (let i = 0; i < 200 && stable < 3; i++) {
    await tick();
    const now = container.innerHTML;
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

async function run(container: Element, mode: 'act' | 'settle', work: () => void): Promise<void> {
  if (mode === 'act' && reactAct) await reactAct(async () => work());
  else await settle(container, work);
}

const PLACEHOLDER = 'chart-id-placeholder';

let queue: Promise<unknown> = Promise.resolve();

/**
 * One happy-dom window serves a run of charts (a page's, a report's): opening and closing a window
 * per chart cost more than drawing it. Each chart gets its own container, removed afterwards, so
 * no chart sees another's nodes; the window closes once no chart has asked for it for a moment.
 */
let shared: Window | null = null;
let closing: ReturnType<typeof setTimeout> | null = null;

function acquireWindow(): Window {
  if (closing) clearTimeout(closing);
  closing = null;
  shared ??= new Window({
    url: 'http://localhost/',
    width: 1280,
    height: 800,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  return shared;
}

function releaseWindow(): void {
  const win = shared;
  if (closing) clearTimeout(closing);
  closing = setTimeout(() => {
    closing = null;
    if (shared === win) shared = null;
    void win?.happyDOM.close();
  }, 100);
  closing.unref();
}

/**
 * Render a chart element (e.g. <IndicatorChart …/>) to standalone SVG markup. Sequential and
 * concurrent calls are both fine (they are queued); no DOM globals remain afterwards.
 */
export function renderChartSvg(
  element: ReactElement,
  options: RenderChartOptions = {},
): Promise<string> {
  const next = queue.then(() => renderNow(element, options));
  queue = next.catch(() => undefined);
  return next;
}

async function renderNow(element: ReactElement, options: RenderChartOptions): Promise<string> {
  const mode = options.scheduler ?? DEFAULT_SCHEDULER;
  const win = acquireWindow();
  const restore = installGlobals(win, mode === 'act');
  const doc = win.document as unknown as Document;
  const container = doc.createElement('div');
  doc.body.appendChild(container);
  let root: Root | null = null;
  try {
    const r = createRoot(container);
    root = r;
    await run(container, mode, () => r.render(element));
    const rendered = container.querySelector('svg');
    if (!rendered || rendered.querySelector('line, path') === null)
      throw new Error('renderChartSvg: the element rendered no chart (no <svg> with lines)');
    // Work on a copy: React still owns the rendered nodes and removes them on unmount.
    const svg = rendered.cloneNode(true) as SVGSVGElement;
    svg.setAttribute('class', 'chart-svg');
    lastRemainingStyles = convertStyles(svg);
    tidy(svg);
    finishRoot(svg, doc);
    if (!svg.hasAttribute('xmlns')) svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    // Number the ids first, so the default prefix (a hash of the markup) does not depend on
    // Recharts' process-wide id counter, i.e. on how many charts were rendered before.
    prefixIds(svg, PLACEHOLDER);
    const markup = svg.outerHTML;
    const prefix =
      options.idPrefix ?? `chart-${createHash('sha256').update(markup).digest('hex').slice(0, 8)}`;
    return markup.replaceAll(`${PLACEHOLDER}-`, `${prefix}-`);
  } finally {
    try {
      if (root) {
        const r = root;
        await run(container, mode, () => r.unmount());
      }
    } finally {
      container.remove();
      restore();
      releaseWindow();
    }
  }
}
