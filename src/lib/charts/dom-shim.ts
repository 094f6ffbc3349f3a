/**
 * The DOM globals react-dom and Recharts need while one chart renders at build time, taken from a
 * happy-dom window and put back afterwards (src/lib/charts/render-svg.ts).
 */
import type { Window } from 'happy-dom';

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

type Globals = Record<string, unknown>;

/** Install the window's globals; the returned function restores what was there before. */
export function installGlobals(win: Window, actEnvironment: boolean): () => void {
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
