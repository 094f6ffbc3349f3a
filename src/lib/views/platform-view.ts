/**
 * The platform pages' view model: each platform with its own capabilities and key items (grouped
 * once per build), the capability matrix's rows, and the plan's wording behind each status.
 */
import type { Dataset } from '../data/validate-dataset.ts';
import type { KeyItemRow, PlatformCapabilityRow, PlatformRow } from '../../schemas/index.ts';
import type { Lang } from '../../i18n/ui.ts';
import { twin, type TwinText } from '../../i18n/twin.ts';
import { inLang } from './lang-field.ts';
import { groupBy } from './group.ts';

export interface PlatformPage {
  platform: PlatformRow;
  capabilities: PlatformCapabilityRow[];
  keyItems: KeyItemRow[];
}

/** One entry per platform, in the data's order, each with its capabilities and key items. */
export function platformPages(
  data: Pick<Dataset, 'platforms' | 'capabilities' | 'keyItems'>,
): PlatformPage[] {
  const caps = groupBy(data.capabilities, (c) => c.platform_id);
  const items = groupBy(
    data.keyItems.filter((k) => k.platform_id),
    (k) => k.platform_id!,
  );
  return data.platforms.map((platform) => ({
    platform,
    capabilities: caps.get(platform.id) ?? [],
    keyItems: items.get(platform.id) ?? [],
  }));
}

/** The plan's wording behind each status, once per note, with the capabilities it covers. */
export function capabilityNotes(
  caps: readonly PlatformCapabilityRow[],
  lang: Lang,
): { note: TwinText; names: string[] }[] {
  const notes = new Map<string, { zh: string; en: string | null; names: string[] }>();
  for (const c of caps) {
    if (!c.note_zh) continue;
    const key = `${c.note_zh}\u0000${c.note_en ?? ''}`;
    const entry = notes.get(key) ?? { zh: c.note_zh, en: c.note_en, names: [] };
    entry.names.push(inLang(lang, c.capability_zh, c.capability_en));
    notes.set(key, entry);
  }
  return [...notes.values()].map((n) => ({ note: twin(n.zh, n.en, lang), names: n.names }));
}

export interface MatrixRow {
  /** The capability as the plan words it (Chinese), the row's key. */
  key: string;
  label: string;
  /** The capability's entry for each platform, in the platforms' order (undefined: not listed). */
  cells: (PlatformCapabilityRow | undefined)[];
}

/** Capabilities × platforms: one row per wording, the most widely listed first. */
export function capabilityRows(
  platforms: readonly PlatformRow[],
  capabilities: readonly PlatformCapabilityRow[],
  lang: Lang,
): MatrixRow[] {
  const count = groupBy(capabilities, (c) => c.capability_zh);
  const names = [...count.keys()].sort((a, b) => count.get(b)!.length - count.get(a)!.length);
  return names.map((key) => ({
    key,
    label: inLang(lang, key, count.get(key)![0]!.capability_en),
    cells: platforms.map((p) =>
      capabilities.find((x) => x.platform_id === p.id && x.capability_zh === key),
    ),
  }));
}
