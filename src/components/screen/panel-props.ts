/** What the wall page hands every panel: the screen view, the wall's words, the site (charts) and the language. */
import { chartUi } from '../../i18n/charts.ts';
import type { ScreenUi } from '../../i18n/screen.ts';
import type { Lang } from '../../i18n/ui.ts';
import type { ScreenView } from '../../lib/screen-view.ts';
import type { SiteModel } from '../../lib/site.ts';

export interface PanelProps {
  v: ScreenView;
  s: ScreenUi;
  site: SiteModel;
  lang: Lang;
}

/** A panel's props with the chart words of its language (c). */
export function panelContext(props: PanelProps) {
  return { ...props, c: chartUi(props.lang) };
}
