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

/** The globals react-dom and Recharts read, taken from the happy-dom window while rendering. */
const DOM_GLOBALS = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'Node',
  'Element',
  'HTMLElement',
  'HTMLIFrameElement',
  'SVGElement',
  'Text',
  'DocumentFragment',
  'MutationObserver',
  'ResizeObserver',
  'getComputedStyle',
  'matchMedia',
  'requestAnimationFrame',
  'cancelAnimationFrame',
] as const;

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

type Globals = Record<string, unknown>;

function installGlobals(win: Window, actEnvironment: boolean): () => void {
  const g = globalThis as unknown as Globals;
  const w = win as unknown as Globals;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const set = (name: string, value: unknown) => {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, {
      value,
      configurable: true,
      writable: true,
      enumerable: false,
    });
  };
  for (const name of DOM_GLOBALS) {
    const value = name === 'window' || name === 'self' ? win : w[name];
    set(name, typeof value === 'function' && /^[a-z]/.test(name) ? value.bind(win) : value);
  }
  if (actEnvironment) set('IS_REACT_ACT_ENVIRONMENT', true);
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete g[name];
    }
  };
}

/** CSS properties Recharts writes inline and the SVG attribute each one maps to. */
const STYLE_TO_ATTRIBUTE: Record<string, string> = {
  fill: 'fill',
  'fill-opacity': 'fill-opacity',
  stroke: 'stroke',
  'stroke-width': 'stroke-width',
  'stroke-dasharray': 'stroke-dasharray',
  'stroke-opacity': 'stroke-opacity',
  opacity: 'opacity',
  'text-anchor': 'text-anchor',
  'dominant-baseline': 'dominant-baseline',
  'font-size': 'font-size',
  'font-family': 'font-family',
  'font-weight': 'font-weight',
};

/** Properties dropped because page CSS (or nothing) is responsible for them. */
const STYLE_DROPPED = new Set([
  'width',
  'height',
  'display',
  'position',
  'cursor',
  'outline',
  'pointer-events',
  'user-select',
  '-webkit-tap-highlight-color',
]);

/** Move inline styles into presentation attributes; returns the declarations that remain. */
function convertStyles(svg: Element): string[] {
  const left: string[] = [];
  for (const el of [svg, ...svg.querySelectorAll('[style]')]) {
    const style = el.getAttribute('style');
    if (style === null) continue;
    const keep: string[] = [];
    for (const decl of style.split(';')) {
      const i = decl.indexOf(':');
      if (i < 0) continue;
      const prop = decl.slice(0, i).trim().toLowerCase();
      const value = decl.slice(i + 1).trim();
      const attr = STYLE_TO_ATTRIBUTE[prop];
      if (attr) {
        if (!el.hasAttribute(attr)) el.setAttribute(attr, value);
      } else if (!STYLE_DROPPED.has(prop)) keep.push(`${prop}: ${value}`);
    }
    if (keep.length > 0) {
      el.setAttribute('style', keep.join('; '));
      left.push(`<${el.tagName.toLowerCase()}> ${keep.join('; ')}`);
    } else el.removeAttribute('style');
  }
  return left;
}

/** Give every id the prefix and follow the references: url(#…), href="#…", aria-*. */
function prefixIds(svg: Element, prefix: string): void {
  const ids = new Map<string, string>();
  for (const el of svg.querySelectorAll('[id]')) {
    const id = el.getAttribute('id') as string;
    const next = `${prefix}-${ids.size}`;
    ids.set(id, next);
    el.setAttribute('id', next);
  }
  if (ids.size === 0) return;
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      let value = attr.value;
      if (value.includes('url(#'))
        value = value.replace(/url\(#([^)]+)\)/g, (m, id: string) => {
          const next = ids.get(id);
          return next ? `url(#${next})` : m;
        });
      if ((attr.name === 'href' || attr.name === 'xlink:href') && value.startsWith('#'))
        value = `#${ids.get(value.slice(1)) ?? value.slice(1)}`;
      if (attr.name === 'aria-labelledby' || attr.name === 'aria-describedby')
        value = value
          .split(/\s+/)
          .map((id) => ids.get(id) ?? id)
          .join(' ');
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
}

/** Attributes Recharts spreads onto shapes that are not SVG attributes of those elements. */
const NOT_SVG = new Set(['angle', 'orientation', 'name', 'tabindex']);
const NO_BOX = new Set(['line', 'path', 'circle', 'text', 'tspan', 'g']);
const GEOMETRY = /^(d|points|x|y|x1|x2|y1|y2|cx|cy|r|width|height|transform)$/;

/**
 * Tidy Recharts' output: drop non-SVG attributes (and tabindex, which would make parts of a
 * static picture focusable), empty groups, and float noise such as 188.00000000000003.
 */
function tidy(svg: Element): void {
  for (const el of [...svg.querySelectorAll('*')]) {
    const tag = el.tagName.toLowerCase();
    for (const attr of [...el.attributes]) {
      const name = attr.name;
      const box = name === 'x' || name === 'y' || name === 'width' || name === 'height';
      if (
        NOT_SVG.has(name) ||
        (box && NO_BOX.has(tag) && !(tag === 'text' || tag === 'tspan')) ||
        ((name === 'width' || name === 'height') && (tag === 'text' || tag === 'tspan'))
      )
        el.removeAttribute(name);
      else if (GEOMETRY.test(name) && /\d\.\d{3,}/.test(attr.value))
        el.setAttribute(
          name,
          attr.value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100)),
        );
    }
  }
  svg.removeAttribute('tabindex');
  let empty = [...svg.querySelectorAll('g, defs')].filter((g) => g.childNodes.length === 0);
  while (empty.length > 0) {
    for (const g of empty) g.remove();
    empty = [...svg.querySelectorAll('g, defs')].filter((g) => g.childNodes.length === 0);
  }
}

/** Root attributes for a static, accessible image; <title>/<desc> first. */
function finishRoot(svg: Element, doc: Document): void {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  if (width > 0 && height > 0) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.removeAttribute('tabindex');
  svg.removeAttribute('focusable');
  for (const tag of ['desc', 'title']) {
    const el =
      [...svg.children].find((c) => c.tagName.toLowerCase() === tag) ??
      doc.createElementNS('http://www.w3.org/2000/svg', tag);
    svg.insertBefore(el, svg.firstChild);
  }
}

/** Inline styles left in the most recent chart (for reporting), e.g. `<svg> …`. */
export let lastRemainingStyles: readonly string[] = [];

type Act = (callback: () => Promise<void>) => Promise<void>;
/** React's act() exists only in development builds of React; `astro build` runs production React. */
const reactAct = (React as unknown as { act?: Act }).act;

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
  const mode = options.scheduler ?? (reactAct ? 'act' : 'settle');
  const win = new Window({
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
      restore();
      await win.happyDOM.close();
    }
  }
}
