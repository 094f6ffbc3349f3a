/**
 * What 津药监法〔2025〕6号 says about the 四重 list, as the key-items pages explain it (zh in the
 * rules' own words — the kinds verbatim, the procedure condensed —, en a translation): the four kinds (第三、五、七、九条), how the list is compiled and issued
 * (第十五、十六条), and removal (第二十二条, in ui.ts as REMOVAL_REASON). The catalogue itself is
 * data (key-items.csv); these are the rules every page explains it by.
 */
import type { KeyItemKind } from '../schemas/key-item.ts';

interface Text {
  zh: string;
  en: string;
}

/** Each kind: the article that defines it, the definition, and its listing criteria if any. */
export const KIND_RULES: Record<KeyItemKind, { article: Text; text: Text; criteria?: Text[] }> = {
  region: {
    article: { zh: '第三条', en: 'Art. 3' },
    text: {
      zh: '重点区域是指生物医药产业研发、生产、经营企业较为集中，产业基础设施较为完善，具有发展优势的区域，以及纳入区域生物医药产业发展战略的区域等。',
      en: 'Areas where biomedical R&D, manufacturing and trading enterprises are concentrated, industrial infrastructure is well developed and there is a development advantage, and areas included in a regional biomedical industry strategy.',
    },
  },
  platform: {
    article: { zh: '第五条', en: 'Art. 5' },
    text: {
      zh: '重点平台是指围绕生物医药产业研发制造需要，整合技术、资源和服务较好以及为药物研发、成果转化及产业化提供上下游关联运作和协同赋能的“一站式”服务平台。',
      en: '“One-stop” service platforms that, around the R&D and manufacturing needs of the biomedical industry, integrate technology, resources and services well and support drug R&D, translation and industrialisation upstream and downstream.',
    },
  },
  project: {
    article: { zh: '第七条', en: 'Art. 7' },
    text: {
      zh: '重点项目主要指符合以下条件之一的药品、医疗器械、化妆品项目：',
      en: 'Drug, medical-device or cosmetics projects that meet one of the following:',
    },
    criteria: [
      {
        zh: '服务生物医药产业创新生态建设的项目',
        en: 'projects serving the biomedical innovation ecosystem',
      },
      {
        zh: '生物医药产业高端医疗器械创新转化产业化公共平台范畴内项目',
        en: 'projects within the high-end medical device innovation, translation and industrialisation public platform',
      },
      {
        zh: '生物医药产业高质量发展五幅“实景图”涉及的项目',
        en: 'projects in the five “real-scene maps” of high-quality biomedical development',
      },
      {
        zh: '数字化、智能化、绿色化制造生产线建设项目',
        en: 'digital, intelligent or green production-line projects',
      },
      {
        zh: '行业领军企业在津新建、扩建项目',
        en: 'new or expanded projects of industry-leading enterprises in Tianjin',
      },
      {
        zh: '药品、医疗器械和化妆品创新型生产、经营业态的许可项目',
        en: 'licensing of innovative forms of drug, device or cosmetics manufacturing or trading',
      },
      {
        zh: '其他推动生物医药产业高质量发展的项目',
        en: 'other projects that advance high-quality biomedical development',
      },
    ],
  },
  product: {
    article: { zh: '第九条', en: 'Art. 9' },
    text: {
      zh: '重点产品主要指符合以下条件之一的药品、医疗器械、化妆品产品：',
      en: 'Drug, medical-device or cosmetics products that meet one of the following:',
    },
    criteria: [
      {
        zh: '重点项目中产生的未上市或已经药品监督管理部门批准上市或附条件批准上市的药品、医疗器械、化妆品产品',
        en: 'products arising from key projects, not yet marketed, approved or conditionally approved',
      },
      {
        zh: '填补本市生物医药产业链空白的未上市或已经药品监督管理部门批准上市或附条件批准上市的药品、医疗器械产品',
        en: 'drugs or devices that fill a gap in Tianjin’s biomedical industry chain, not yet marketed, approved or conditionally approved',
      },
      {
        zh: '未上市或已经药品监督管理部门批准上市或附条件批准上市的生物医药领域创新药品、创新医疗器械及创新化妆品（含原料）',
        en: 'innovative drugs, devices and cosmetics (incl. ingredients), not yet marketed, approved or conditionally approved',
      },
    ],
  },
};

/** 第十五、十六条: who gathers the list, who issues it. */
export const COMPILE_RULE: Text = {
  zh: '市药监局机关各处室、监管办及技术机构主动收集涉及“四重”的信息，按条线交市药监局相关业务处室形成“四重”目录清单，报分管局领导审核；符合条件的区域、平台或企业也可以由负责人填写信息沟通服务表（附件1–4）并加盖公章，交相关业务处室（第十五条）。市药监局政策法规处（政务服务处）汇总各条线目录清单，提请市药监局主要负责同志审定后印发（第十六条）。',
  en: 'The agency’s divisions, supervision offices and technical institutions gather information on candidate items and pass it, line by line, to the responsible division, which draws up the list for review by the deputy director in charge; a qualifying region, platform or enterprise may also submit the stamped information form (Art. 15). The Policy and Regulations Division (Government Services Division) compiles the lists of all lines and submits them to the agency’s director for approval and issue (Art. 16).',
};

/** 第二十二条 covers key products only. */
export const REMOVAL_RULE: Text = {
  zh: '重点产品出现以下情形之一的，经审议通过后移出重点产品服务名单（第二十二条）。办法对重点区域、重点平台和重点项目的移出未作规定。',
  en: 'A key product is removed from the list, after deliberation, if one of the following occurs (Art. 22). The rules say nothing about removing regions, platforms or projects.',
};

/** When entries appear here: the rules set no date. */
export const WHEN_RULE: Text = {
  zh: '市药监局印发目录清单后，本站按印发的清单逐项录入（每项注明出处），经数据更新发布；办法没有规定清单印发的时间。',
  en: 'Once the agency issues the list, this site enters it item by item, each with its source, in a data update. The rules set no date for issuing the list.',
};
