/**
 * The one place each enum's labels are chosen by language: the Chinese from the schema (the words
 * the data files use), the English from ui.ts. Pages, components and reports call these.
 */
import { CATEGORY, type Category } from '../schemas/indicator.ts';
import {
  KEY_ITEM_CATEGORY,
  KEY_ITEM_KIND,
  KEY_ITEM_STATUS,
  type KeyItemKind,
} from '../schemas/key-item.ts';
import { DELIVERABLE_STATUS } from '../schemas/milestone.ts';
import { OBSERVATION_STATUS } from '../schemas/observation.ts';
import { PLAN_STATUS } from '../schemas/plan.ts';
import { CAPABILITY_STATUS } from '../schemas/platform-capability.ts';
import { PROGRAMME_KIND } from '../schemas/programme.ts';
import {
  CAPABILITY_STATUS_EN,
  CATEGORY_EN,
  DELIVERABLE_STATUS_EN,
  KEY_ITEM_CATEGORY_EN,
  KEY_ITEM_KIND_EN,
  KEY_ITEM_STATUS_EN,
  PROGRAMME_KIND_EN,
  UI,
  type Lang,
} from './ui.ts';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

const PLAN_STATUS_EN = { draft: 'Draft for comment', issued: 'Issued' } as const;
/** 正式数 / 初步数: lower case, as the English pages write them inside a sentence or a bracket. */
const OBSERVATION_STATUS_EN = { final: UI.en.final, provisional: UI.en.provisional } as const;

/** The label function of one enum: its value in a language. */
function labeller<T extends string>(labels: Labels<T>) {
  return (value: T, lang: Lang): string => labels[lang][value];
}

export const categoryLabel = labeller<Category>({ zh: CATEGORY, en: CATEGORY_EN });
export const programmeKindLabel = labeller({ zh: PROGRAMME_KIND, en: PROGRAMME_KIND_EN });
export const capabilityStatusLabel = labeller({ zh: CAPABILITY_STATUS, en: CAPABILITY_STATUS_EN });
export const deliverableStatusLabel = labeller({
  zh: DELIVERABLE_STATUS,
  en: DELIVERABLE_STATUS_EN,
});
export const keyItemKindLabel = labeller<KeyItemKind>({ zh: KEY_ITEM_KIND, en: KEY_ITEM_KIND_EN });
export const keyItemStatusLabel = labeller({ zh: KEY_ITEM_STATUS, en: KEY_ITEM_STATUS_EN });
export const keyItemCategoryLabel = labeller({ zh: KEY_ITEM_CATEGORY, en: KEY_ITEM_CATEGORY_EN });
export const planStatusLabel = labeller({ zh: PLAN_STATUS, en: PLAN_STATUS_EN });
export const observationStatusLabel = labeller({
  zh: OBSERVATION_STATUS,
  en: OBSERVATION_STATUS_EN,
});

/** A label as a word inside an English sentence (in progress, being built); Chinese as is. */
export function inSentence(label: string, lang: Lang): string {
  return lang === 'en' ? label.toLowerCase() : label;
}
