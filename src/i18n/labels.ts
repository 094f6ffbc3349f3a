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
  type Lang,
} from './ui.ts';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

const PLAN_STATUS_EN = { draft: 'Draft for comment', issued: 'Issued' } as const;
/** 正式数 / 初步数: lower case, as the English pages write them inside a sentence or a bracket. */
const OBSERVATION_STATUS_EN = { final: 'final', provisional: 'provisional' } as const;

const LABELS = {
  category: { zh: CATEGORY, en: CATEGORY_EN },
  programmeKind: { zh: PROGRAMME_KIND, en: PROGRAMME_KIND_EN },
  capabilityStatus: { zh: CAPABILITY_STATUS, en: CAPABILITY_STATUS_EN },
  deliverableStatus: { zh: DELIVERABLE_STATUS, en: DELIVERABLE_STATUS_EN },
  keyItemKind: { zh: KEY_ITEM_KIND, en: KEY_ITEM_KIND_EN },
  keyItemStatus: { zh: KEY_ITEM_STATUS, en: KEY_ITEM_STATUS_EN },
  keyItemCategory: { zh: KEY_ITEM_CATEGORY, en: KEY_ITEM_CATEGORY_EN },
  planStatus: { zh: PLAN_STATUS, en: PLAN_STATUS_EN },
  observationStatus: { zh: OBSERVATION_STATUS, en: OBSERVATION_STATUS_EN },
} satisfies Record<string, Labels<string>>;

export type CapabilityStatus = keyof typeof CAPABILITY_STATUS;
export type DeliverableStatus = keyof typeof DELIVERABLE_STATUS;
export type KeyItemStatus = keyof typeof KEY_ITEM_STATUS;
export type KeyItemCategory = keyof typeof KEY_ITEM_CATEGORY;
export type ProgrammeKind = keyof typeof PROGRAMME_KIND;
export type PlanStatus = keyof typeof PLAN_STATUS;
export type ObservationStatus = keyof typeof OBSERVATION_STATUS;

export const categoryLabel = (c: Category, lang: Lang): string => LABELS.category[lang][c];
export const programmeKindLabel = (k: ProgrammeKind, lang: Lang): string =>
  LABELS.programmeKind[lang][k];
export const capabilityStatusLabel = (s: CapabilityStatus, lang: Lang): string =>
  LABELS.capabilityStatus[lang][s];
export const deliverableStatusLabel = (s: DeliverableStatus, lang: Lang): string =>
  LABELS.deliverableStatus[lang][s];
export const keyItemKindLabel = (k: KeyItemKind, lang: Lang): string => LABELS.keyItemKind[lang][k];
export const keyItemStatusLabel = (s: KeyItemStatus, lang: Lang): string =>
  LABELS.keyItemStatus[lang][s];
export const keyItemCategoryLabel = (c: KeyItemCategory, lang: Lang): string =>
  LABELS.keyItemCategory[lang][c];
export const observationStatusLabel = (s: ObservationStatus, lang: Lang): string =>
  LABELS.observationStatus[lang][s];
export const planStatusLabel = (s: PlanStatus, lang: Lang): string => LABELS.planStatus[lang][s];

/** A label as a word inside an English sentence (in progress, being built); Chinese as is. */
export function inSentence(label: string, lang: Lang): string {
  return lang === 'en' ? label.toLowerCase() : label;
}
