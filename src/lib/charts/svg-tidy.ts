/**
 * Recharts' rendered <svg> made ready for a strict Content-Security-Policy and for sharing a page:
 * inline styles become presentation attributes, ids get a prefix, non-SVG attributes, empty
 * groups and float noise go, and the root becomes a static, accessible image. DOM in, DOM out.
 */

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
export function convertStyles(svg: Element): string[] {
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
export function prefixIds(svg: Element, prefix: string): void {
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
export function tidy(svg: Element): void {
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
export function finishRoot(svg: Element, doc: Document): void {
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
