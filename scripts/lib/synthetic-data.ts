/**
 * Synthetic data sets for the scale benchmark (`npm run bench`): the real data/ scaled N times.
 *
 * `syntheticDataset(scale)` returns { file name: CSV text } for every file the loader reads, and
 * the result passes `npm run check:data`. It is pure and deterministic (a seeded PRNG, no clock,
 * no I/O): the same scale and options give byte-identical files, so runs are comparable.
 *
 * Per 1× (the real plan, except 四重 items, where the issue budgets 100 per 1×): 20 indicators,
 * 11 programmes with 115 milestones (28% quantity targets), 6 platforms with 35 capabilities,
 * 100 key items and 200 observations (spread over 2021–2030, indicators first).
 *
 * Validation limits that bound the scale (see `syntheticCounts().capped`): indicators.seq,
 * programmes.column_no and platforms.seq are integers 1–9999 and unique, so at most 9999 of each;
 * an observation is one measure × one year within plan start−5 … plan end (2021–2030), so at most
 * 10 per measure.
 */
import { FILE_SPECS } from '../../src/schemas/index.ts';

/** How many rows of each kind per 1×. */
export const PER_SCALE = {
  indicators: 20,
  programmes: 11,
  milestones: 115,
  platforms: 6,
  keyItems: 100,
  observations: 200,
} as const;

export type SyntheticCounts = { -readonly [K in keyof typeof PER_SCALE]: number };

export interface SyntheticOptions {
  /** PRNG seed (default 20260301). */
  seed?: number;
  /** Override any row count that would follow from `scale`. */
  counts?: Partial<SyntheticCounts>;
  /** Share of milestones that are quantity targets (default 32/115, as in data/). */
  quantityShare?: number;
}

/** seq, column_no: integers 1–9999, unique (src/schemas). */
const MAX_SEQ = 9999;
// The real plan row: baseline 2025, period 2026–2030 (observations may go back to 2021).
const BASELINE_YEAR = 2025;
const END_YEAR = 2030;
const FIRST_YEAR = 2021;
const YEARS_PER_MEASURE = END_YEAR - FIRST_YEAR + 1;

const PLAN_CSV = `id,title_zh,title_en,baseline_year,start_year,end_year,status,issued_on,document_no,source_zh
tj-drug-safety-15th,天津市药品安全及促进高质量发展“十五五”规划,"Tianjin 15th Five-Year Plan for Drug Safety and High-Quality Development of the Pharmaceutical Industry (2026–2030)",2025,2026,2030,draft,,,规划文本（征求意见稿），2026年3月；文末注明“正式印发前请勿在公开场合引用”
`;

const THRESHOLDS_CSV = `key,value,note_zh
ahead_min,1.10,进度比 r ≥ 1.10 为“快于预期”（methodology 默认值）
on_track_min,0.95,0.95 ≤ r < 1.10 为“进度正常”（methodology 默认值）
at_risk_min,0.80,0.80 ≤ r < 0.95 为“略有滞后”，仅适用于预期性指标（methodology 默认值）
`;

type Measure = 'level' | 'annual' | 'cumulative' | 'average';
type Comparator = '>=' | '<=' | '=';

interface TargetTemplate {
  zh: string;
  en: string;
  unitZh: string;
  unitEn: string;
  baseline: number | null;
  target: number;
  targetMax?: number;
  comparator: Comparator;
  measure: Measure;
}

interface IndicatorTemplate extends TargetTemplate {
  category: 'safety' | 'capacity' | 'development' | 'support';
  notation: 'none' | 'cumulative' | 'average';
  binding: boolean;
}

/** The 20 indicators of 专栏1 (data/indicators.csv), shortened. */
// prettier-ignore
const INDICATORS: readonly IndicatorTemplate[] = [
  ind('safety', '药品抽检数量', 'Drug sampling inspections', '批次/年', 'batches/year', 3500, 3800, '>=', 'none', 'annual'),
  ind('safety', '医疗器械抽检数量', 'Medical device sampling inspections', '批次/年', 'batches/year', 200, 210, '>=', 'none', 'annual'),
  ind('safety', '化妆品抽检数量', 'Cosmetics sampling inspections', '批次/年', 'batches/year', 200, 280, '>=', 'none', 'annual'),
  ind('safety', '药品不良反应报告数', 'Adverse drug reaction reports', '份/百万人口', 'reports per million population', 1400, 1800, '>=', 'none', 'annual'),
  ind('safety', '医疗器械不良事件报告数', 'Medical device adverse event reports', '份/百万人口', 'reports per million population', 220, 430, '>=', 'none', 'annual'),
  ind('safety', '化妆品不良反应报告数', 'Cosmetics adverse reaction reports', '份/百万人口', 'reports per million population', 200, 200, '>=', 'none', 'annual'),
  ind('safety', '药品生产和批发企业全品种码级追溯覆盖率', 'Item-level traceability coverage of drug manufacturers and wholesalers', '%', '%', null, 100, '>=', 'average', 'average', true),
  ind('safety', '医疗器械注册人唯一标识实施覆盖率', 'UDI coverage among medical device registrants', '%', '%', null, 100, '>=', 'none', 'level'),
  ind('capacity', '省部级及以上课题数', 'Research projects at provincial/ministerial level or above', '项', 'projects', 16, 62, '>=', 'cumulative', 'cumulative'),
  ind('capacity', '制定重点领域审评要点', 'Review guidance points for key fields', '项', 'items', null, 22, '>=', 'cumulative', 'cumulative'),
  ind('capacity', '重点实验室或监管科学创新研究基地', 'Key laboratories or regulatory-science research bases', '个', 'units', 3, 3, '>=', 'cumulative', 'cumulative'),
  ind('capacity', '药品、医疗器械、化妆品标准制修订', 'Standards drawn up or revised', '项', 'items', 157, 160, '>=', 'cumulative', 'cumulative'),
  ind('capacity', '新增检验检测项目数', 'New testing items', '项', 'items', null, 100, '>=', 'cumulative', 'cumulative'),
  ind('capacity', '国家级检查员累积人数', 'National-level inspectors (headcount)', '人', 'inspectors', 51, 60, '>=', 'cumulative', 'level'),
  ind('capacity', '市级检查员队伍累计人数', 'Municipal-level inspectors (headcount)', '人', 'inspectors', 566, 800, '>=', 'cumulative', 'level'),
  ind('development', '补充申请审评时限', 'Review time for supplementary applications', '工作日', 'working days', null, 60, '<=', 'none', 'level'),
  ind('development', '创新药品、医疗器械上市数量', 'Innovative drugs and medical devices approved', '个', 'products', 10, 20, '>=', 'cumulative', 'cumulative'),
  ind('development', '医疗机构制剂注册和备案数量', 'Hospital preparations registered or filed', '个', 'preparations', null, 20, '>=', 'cumulative', 'cumulative'),
  ind('support', '检验检测设备投入或更新数量', 'Testing equipment acquired or renewed', '台/套', 'units/sets', null, 300, '>=', 'cumulative', 'cumulative'),
  ind('support', '新增实验室面积', 'New laboratory floor area', '平方米', 'm²', null, 500, '>=', 'cumulative', 'cumulative'),
];

function ind(
  category: IndicatorTemplate['category'],
  zh: string,
  en: string,
  unitZh: string,
  unitEn: string,
  baseline: number | null,
  target: number,
  comparator: Comparator,
  notation: IndicatorTemplate['notation'],
  measure: Measure,
  binding = false,
): IndicatorTemplate {
  return {
    category,
    zh,
    en,
    unitZh,
    unitEn,
    baseline,
    target,
    comparator,
    notation,
    measure,
    binding,
  };
}

/** Quantity targets of the programmes (data/milestones.csv, kind=quantity). */
// prettier-ignore
const QUANTITIES: readonly TargetTemplate[] = [
  qty('临床试验机构检查覆盖率', 'Inspection coverage of clinical trial institutions', '%', null, 100, '>=', 'level'),
  qty('在产疫苗生产企业GMP符合性检查', 'GMP compliance inspections of vaccine manufacturers', '次/年', null, 1, '>=', 'annual'),
  qty('整体审评效率提升幅度', 'Improvement in overall review efficiency', '%', null, 20, '>=', 'level'),
  qty('企业满意度', 'Enterprise satisfaction', '%', null, 95, '>=', 'level'),
  qty('制定医疗器械通用审评要点', 'General review points for medical devices', '项', null, 22, '>=', 'cumulative'),
  qty('第二类医疗器械产品审评审批事前指导数量', 'Pre-submission guidance for Class II devices', '个', null, 80, '>=', 'cumulative'),
  qty('补充申请技术审评用时', 'Technical review time for supplementary applications', '工作日', 200, 60, '<=', 'level'),
  qty('化妆品备案超时件数', 'Cosmetics notifications overdue', '件', null, 0, '<=', 'level'),
  qty('名方验方转化中药制剂品种数', 'Prescriptions converted into TCM preparations', '个', null, 10, '>=', 'cumulative'),
  qty('市器械检验中心新增检验项目', 'New test items at the device testing center', '项', null, 100, '>=', 'cumulative', 120),
  qty('投入或更新检验检测设备', 'Testing equipment purchased or renewed', '台/套', null, 260, '>=', 'cumulative'),
  qty('制修订药品标准', 'Drug standards drawn up or revised', '项', null, 90, '>=', 'cumulative'),
  qty('具备国际检查能力的检查员', 'Inspectors with international inspection capability', '名', null, 10, '>=', 'level'),
  qty('完成课题研究任务', 'Research papers completed', '篇', null, 20, '>=', 'cumulative'),
];

function qty(
  zh: string,
  en: string,
  unitZh: string,
  baseline: number | null,
  target: number,
  comparator: Comparator,
  measure: Measure,
  targetMax?: number,
): TargetTemplate {
  const t = { zh, en, unitZh, unitEn: unitZh, baseline, target, comparator, measure };
  return targetMax === undefined ? t : { ...t, targetMax };
}

/** Deliverables (data/milestones.csv, kind=deliverable). */
// prettier-ignore
const DELIVERABLES: readonly (readonly [string, string])[] = [
  ['建立风险动态防范化解机制', 'Establish a dynamic risk prevention and resolution mechanism'],
  ['制定中药注射剂生产检验电子化记录技术指南', 'Draw up a guide on electronic records for TCM injections'],
  ['构建药监法规与制度框架“全景图”', 'Build a “panorama” of the drug-regulatory framework'],
  ['梳理跨部门综合监管重点事项清单', 'Compile a list of key matters for cross-departmental supervision'],
  ['开展化妆品个性化定制服务试点', 'Pilot personalised customisation services for cosmetics'],
  ['建立平台实体化运营机制', 'Establish an entity-based operating mechanism for the platform'],
  ['出台药械警戒工作指引', 'Issue working guidelines on drug and device vigilance'],
  ['推进创新医疗器械检验检测能力提升项目', 'Carry out the device testing capacity improvement project'],
  ['建立多肽、核酸药物生物分析方法标准', 'Establish bioanalytical standards for peptides and nucleic-acid drugs'],
  ['升级药品和医疗器械监管信息化平台', 'Upgrade the drug and device regulatory information platform'],
  ['开设医疗器械注册管理选修课', 'Offer an elective course on medical device registration'],
  ['推进药品安全风险要素统一数据库建设与应用', 'Build and apply a unified database of drug-safety risk factors'],
];

/** The programmes of 专栏2–12 (data/programmes.csv). */
// prettier-ignore
const PROGRAMMES: readonly (readonly [string, string, string, string])[] = [
  ['campaign', '打赢“药品安全风险系统治理攻坚战”', 'Win the battle for systematic governance of drug-safety risks', '三（一）1. 强化药品安全风险系统治理'],
  ['campaign', '打赢“药品安全重点领域精准监管攻坚战”', 'Win the battle for precise supervision of key areas', '三（一）2. 强化药品安全重点领域精准监管'],
  ['campaign', '打赢“药品安全执法提质增效攻坚战”', 'Win the battle to raise the quality of law enforcement', '三（一）3. 推进药品安全执法提质增效'],
  ['campaign', '打赢“药品安全社会共治攻坚战”', 'Win the battle for social co-governance of drug safety', '三（一）4. 构建药品安全社会共治格局'],
  ['reform', '药品医疗器械审评审批制度改革', 'Reform of review and approval for drugs and devices', '三（二）2. 深化全过程审评审批制度改革'],
  ['project', '“3+3”产业公共服务平台建设工程', '“3+3” industry public service platform project', '三（二）5. 构建医药领域“3+3”公共服务平台'],
  ['campaign', '打赢“药品监管体系能力整体跃升攻坚战”', 'Win the battle for a leap in regulatory capacity', '三（三）2. 推进药品安全治理体系建设'],
  ['project', '检验检测能力提升工程', 'Testing and inspection capacity improvement project', '三（三）3. 加强技术支撑能力建设'],
  ['action-plan', '药品监管科学行动计划', 'Drug regulatory science action plan', '三（三）3. 加强技术支撑能力建设'],
  ['project', '数智药监赋能工程', 'Digital and intelligent drug regulation project', '三（三）4. 推动监管数字化转型'],
  ['project', '教育科学人才融合发展“六大平台”', '“Six platforms” for education, science and talent', '三（三）5. 系统加强人才队伍建设'],
];

interface PlatformTemplate {
  slug: string;
  group: 'existing' | 'new';
  zh: string;
  en: string;
  field: string;
  area: string | null;
  capabilities: readonly (readonly [string, string])[];
}

const CAP = {
  rd: ['研发创新', 'R&D and innovation'],
  pilot: ['小试中试', 'Lab-scale and pilot-scale trials'],
  mfg: ['通用制造', 'Shared manufacturing'],
  scene: ['应用场景', 'Application scenarios'],
  finance: ['投融资', 'Investment and financing services'],
  market: ['市场营销', 'Marketing services'],
  poc: ['概念验证', 'Proof of concept'],
  test: ['检验检测', 'Testing and inspection'],
  clinic: ['临床服务', 'Clinical services'],
  reg: ['法规事务', 'Regulatory affairs'],
  isotope: ['同位素供应', 'Isotope supply'],
  trans: ['临床转化', 'Clinical translation'],
  policy: ['政策服务', 'Policy services'],
  talent: ['人才队伍', 'Talent pool'],
} as const;

/** The “3+3” platforms of 专栏7 with their capabilities (35 in all, as in data/). */
// prettier-ignore
const PLATFORMS: readonly PlatformTemplate[] = [
  { slug: 'tcm', group: 'existing', zh: '中药传承创新转化公共服务平台', en: 'TCM Innovation and Translation Platform', field: '中药', area: '高新区', capabilities: [CAP.rd, CAP.pilot, CAP.mfg, CAP.scene, CAP.finance] },
  { slug: 'medical-device', group: 'existing', zh: '高端医疗器械创新转化产业化公共平台', en: 'High-end Medical Device Innovation Platform', field: '医疗器械', area: null, capabilities: [CAP.rd, CAP.pilot, CAP.mfg, CAP.market, CAP.finance, CAP.poc, CAP.test, CAP.clinic, CAP.reg] },
  { slug: 'beauty-health', group: 'existing', zh: '美丽健康产业创新转化公共服务平台', en: 'Beauty and Health Industry Platform', field: '化妆品', area: '天津经开区', capabilities: [CAP.rd, CAP.pilot, CAP.mfg, CAP.market, CAP.finance] },
  { slug: 'radiopharmaceutical', group: 'new', zh: '放射性药品创新研发转化公共服务平台', en: 'Radiopharmaceutical R&D and Translation Platform', field: '放射性药品', area: '保税区', capabilities: [CAP.isotope, CAP.rd, CAP.trans, CAP.test, CAP.policy, CAP.talent] },
  { slug: 'nucleic-acid', group: 'new', zh: '核酸药物研发转化公共服务平台', en: 'Nucleic Acid Drug R&D and Translation Platform', field: '核酸药物', area: '天津经开区', capabilities: [CAP.rd, CAP.pilot, CAP.mfg, CAP.scene, CAP.finance] },
  { slug: 'cell-therapy', group: 'new', zh: '细胞治疗药品研发转化公共服务平台', en: 'Cell Therapy R&D and Translation Platform', field: '细胞治疗', area: null, capabilities: [CAP.rd, CAP.pilot, CAP.mfg, CAP.finance, CAP.market] },
];

// prettier-ignore
const DISTRICTS = [
  '和平区', '河东区', '河西区', '南开区', '河北区', '红桥区', '东丽区', '西青区', '津南区', '北辰区',
  '武清区', '宝坻区', '滨海新区', '宁河区', '静海区', '蓟州区', '保税区', '高新区', '天津经开区',
];
const ORG_HEADS = ['津康', '瑞泽', '华岳', '海河', '渤源', '津禾', '启明', '恒泰', '泽霖', '聚安'];
const ORG_TAILS = [
  '生物医药有限公司',
  '医疗器械有限公司',
  '制药有限公司',
  '化妆品有限公司',
  '生物科技有限公司',
  '医药研究院',
];
const PRODUCTS = [
  ['注射用紫杉醇（白蛋白结合型）', 'drug'],
  ['重组人源化单克隆抗体注射液', 'drug'],
  ['小核酸降脂注射液', 'drug'],
  ['CAR-T 细胞注射液', 'drug'],
  ['中药配方颗粒', 'drug'],
  ['人工心脏瓣膜', 'device'],
  ['手术机器人系统', 'device'],
  ['医用透明质酸钠凝胶', 'device'],
  ['脑机接口电极', 'device'],
  ['防晒修护乳', 'cosmetic'],
  ['特证美白精华液', 'cosmetic'],
] as const;
const PROJECTS = [
  '检验检测能力提升重点建设项目',
  '产业化基地建设项目',
  '中试平台建设项目',
  '智能工厂改造项目',
  '研发中心建设项目',
];

/** Row counts for `scale`, and which limits cut them down. */
export function syntheticCounts(
  scale: number,
  opts: SyntheticOptions = {},
): { counts: SyntheticCounts; capped: string[] } {
  if (!(scale > 0)) throw new Error(`scale must be > 0, got ${scale}`);
  const want = Object.fromEntries(
    Object.entries(PER_SCALE).map(([k, per]) => [k, Math.max(1, Math.round(per * scale))]),
  ) as SyntheticCounts;
  Object.assign(want, opts.counts);
  const capped: string[] = [];
  for (const [key, what] of [
    ['indicators', 'indicators.csv seq'],
    ['programmes', 'programmes.csv column_no'],
    ['platforms', 'platforms.csv seq'],
  ] as const)
    if (want[key] > MAX_SEQ) {
      capped.push(`${key} ${want[key]} → ${MAX_SEQ} (${what} is a unique integer 1–${MAX_SEQ})`);
      want[key] = MAX_SEQ;
    }
  return { counts: want, capped };
}

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const digits = (n: number) => String(n).length;

function date(rng: Rng, from: number, to: number): string {
  return `${rng.int(from, to)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
}

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows → CSV with the schema's columns in contract order. A missing required column is a bug
 * here; an optional one (milestones.csv lead_zh) is written blank.
 */
function toCsv(file: string, rows: readonly Row[]): string {
  const spec = FILE_SPECS.find((s) => s.file === file);
  if (!spec) throw new Error(`no schema for ${file}`);
  const lines = [spec.columns.join(',')];
  for (const row of rows)
    lines.push(
      spec.columns
        .map((c) => {
          if (!(c in row) && !spec.optional.includes(c))
            throw new Error(`${file}: row has no ${c}`);
          return csvCell(row[c] ?? null);
        })
        .join(','),
    );
  return `${lines.join('\n')}\n`;
}

/** A measure observations can be reported for, with how its figures should move. */
interface MeasureSpec {
  id: string;
  t: TargetTemplate;
  /** Pace relative to the planned path: < 0.8 lags, ~1 on track, > 1.1 ahead. */
  pace: number;
  /** Last year with a figure (most end in 2030; some stop early). */
  lastYear: number;
  /** No figures at all (a few indicators, so “no data” shows up too). */
  silent: boolean;
}

/** Vary a template's target so not every copy is identical (integers stay integers). */
function varyTarget(t: TargetTemplate, rng: Rng): TargetTemplate {
  if (t.unitZh === '%' || t.target === 0 || t.comparator === '=') return t;
  const k = 0.8 + rng.next() * 0.5;
  const target = Math.max(1, Math.round(t.target * k));
  const baseline = t.baseline === null ? null : Math.max(0, Math.round(t.baseline * k));
  const out: TargetTemplate = { ...t, target, baseline };
  if (t.targetMax !== undefined) out.targetMax = Math.round((t.targetMax * target) / t.target) + 1;
  return out;
}

function round(value: number, unitZh: string): number {
  if (unitZh === '%') return Math.min(100, Math.max(0, Math.round(value * 10) / 10));
  return Math.max(0, Math.round(value));
}

/** The figure for one year: on the planned path times the measure's pace, with noise. */
function valueFor(m: MeasureSpec, year: number, rng: Rng): number {
  const { t } = m;
  const noise = 1 + (rng.next() - 0.5) * 0.06;
  const progress = Math.max(0, (year - BASELINE_YEAR) / (END_YEAR - BASELINE_YEAR));
  if (t.measure === 'cumulative') {
    // A yearly flow; the site adds the plan-period years up.
    const perYear = year <= BASELINE_YEAR ? (t.baseline ?? t.target) / 5 : t.target / 5;
    return round(perYear * (year <= BASELINE_YEAR ? 1 : m.pace) * noise, t.unitZh);
  }
  if (t.measure === 'average')
    return round(t.target * (0.93 + 0.07 * Math.min(m.pace, 1.1)) * noise, t.unitZh);
  if (t.comparator === '<=') {
    const start = t.baseline ?? Math.max(t.target * 3, 10);
    return round((start - (start - t.target) * Math.min(1, progress * m.pace)) * noise, t.unitZh);
  }
  const start = t.baseline ?? t.target * 0.7;
  if (year <= BASELINE_YEAR)
    return round(start * (1 - 0.03 * (BASELINE_YEAR - year)) * noise, t.unitZh);
  return round((start + (t.target - start) * progress * m.pace) * noise, t.unitZh);
}

/** Spread `total` over `n` measures as evenly as possible, at most 10 each. */
function spread(total: number, n: number, rng: Rng): number[] {
  const base = Math.floor(total / n);
  const counts = Array.from({ length: n }, () => base);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  for (let r = 0; r < total - base * n; r++) counts[order[r] as number]! += 1;
  return counts;
}

/** The years a measure with `k` figures reports: back from its last year, then forward. */
function yearsFor(lastYear: number, k: number): number[] {
  const years: number[] = [];
  for (let y = lastYear; y >= FIRST_YEAR && years.length < k; y--) years.push(y);
  for (let y = lastYear + 1; y <= END_YEAR && years.length < k; y++) years.push(y);
  return years.sort((a, b) => a - b);
}

/**
 * A data set `scale` times the real plan: { 'indicators.csv': '…', … } for all nine files.
 * Throws when the requested observations cannot fit (10 years per measure).
 */
export function syntheticDataset(
  scale: number,
  opts: SyntheticOptions = {},
): Record<string, string> {
  const { counts } = syntheticCounts(scale, opts);
  const rng = prng((opts.seed ?? 20260301) ^ Math.round(scale * 1000));
  const quantityShare = opts.quantityShare ?? 32 / 115;
  const measures: MeasureSpec[] = [];
  const lastYear = () => (rng.chance(0.7) ? END_YEAR : rng.int(2027, 2029));
  const pace = () => 0.3 + rng.next() * 1.2;

  // Indicators.
  const indicators: Row[] = [];
  const iw = Math.max(2, digits(counts.indicators));
  for (let i = 0; i < counts.indicators; i++) {
    const tpl = INDICATORS[i % INDICATORS.length] as IndicatorTemplate;
    const t = { ...tpl, ...varyTarget(tpl, rng) };
    const id = `I${pad(i + 1, iw)}`;
    indicators.push({
      id,
      seq: i + 1,
      category: t.category,
      name_zh: `${t.zh} #${i + 1}`,
      name_en: `${t.en} #${i + 1}`,
      unit_zh: t.unitZh,
      unit_en: t.unitEn,
      baseline_value: t.baseline,
      target_value: t.target,
      target_max: t.targetMax ?? null,
      comparator: t.comparator,
      notation: t.notation,
      measure: t.measure,
      binding: t.binding,
      source_zh: `专栏1 第${i + 1}项（合成数据）`,
      note_zh: rng.chance(0.3) ? '基准测试用合成数据，非官方统计。' : null,
      note_en: rng.chance(0.3) ? 'Synthetic benchmark data, not official statistics.' : null,
    });
    measures.push({ id, t, pace: pace(), lastYear: lastYear(), silent: rng.chance(0.03) });
  }
  const indicatorMeasures = measures.length;

  // Programmes.
  const programmes: Row[] = [];
  const firstColumn = counts.programmes + 1 <= MAX_SEQ ? 2 : 1; // 专栏1 is the indicators
  const cw = Math.max(2, digits(counts.programmes + firstColumn - 1));
  for (let p = 0; p < counts.programmes; p++) {
    const [kind, zh, en, section] = PROGRAMMES[p % PROGRAMMES.length]!;
    const column = p + firstColumn;
    programmes.push({
      id: `P${pad(column, cw)}`,
      column_no: column,
      kind,
      title_zh: `${zh} #${p + 1}`,
      title_en: `${en} #${p + 1}`,
      section_zh: section,
      summary_zh: `围绕${zh.replace(/[“”]/g, '')}，推进重点任务落实（合成数据 #${p + 1}）。`,
      summary_en: rng.chance(0.8)
        ? `Carry out the key tasks of programme #${p + 1} (synthetic).`
        : null,
      lead_zh: '市药监局',
    });
  }

  // Milestones: contiguous blocks per programme, quantity targets spread evenly.
  const milestones: Row[] = [];
  const perProgramme = spread(counts.milestones, counts.programmes, rng);
  const sw = Math.max(2, digits(Math.max(...perProgramme)));
  let j = 0;
  programmes.forEach((prog, p) => {
    const n = perProgramme[p] ?? 0;
    for (let s = 1; s <= n; s++, j++) {
      const id = `M${pad(prog.column_no as number, cw)}-${pad(s, sw)}`;
      const isQuantity = Math.floor((j + 1) * quantityShare) > Math.floor(j * quantityShare);
      const source = `专栏${prog.column_no} 第${s}条（合成数据）`;
      const common = { id, programme_id: prog.id as string, source_zh: source };
      if (isQuantity) {
        const t = varyTarget(QUANTITIES[j % QUANTITIES.length]!, rng);
        milestones.push({
          ...common,
          kind: 'quantity',
          title_zh: `${t.zh} #${j + 1}`,
          title_en: `${t.en} #${j + 1}`,
          unit_zh: t.unitZh,
          baseline_value: t.baseline,
          target_value: t.target,
          target_max: t.targetMax ?? null,
          comparator: t.comparator,
          measure: t.measure,
          due_year: rng.chance(0.85) ? END_YEAR : rng.int(2027, 2029),
          status: null,
          done_on: null,
          evidence_url: null,
        });
        measures.push({ id, t, pace: pace(), lastYear: lastYear(), silent: false });
      } else {
        const [zh, en] = DELIVERABLES[j % DELIVERABLES.length]!;
        const r = rng.next();
        const status = r < 0.5 ? 'not-started' : r < 0.8 ? 'in-progress' : 'done';
        milestones.push({
          ...common,
          kind: 'deliverable',
          title_zh: `${zh} #${j + 1}`,
          title_en: `${en} #${j + 1}`,
          unit_zh: null,
          baseline_value: null,
          target_value: null,
          target_max: null,
          comparator: null,
          measure: null,
          due_year: rng.chance(0.7) ? END_YEAR : rng.int(2026, 2029),
          status,
          done_on: status === 'done' ? date(rng, 2026, 2028) : null,
          evidence_url:
            status === 'done' && rng.chance(0.7) ? `https://example.org/bench/${id}` : null,
        });
      }
    }
  });

  // Platforms and their capabilities.
  const platforms: Row[] = [];
  const capabilities: Row[] = [];
  for (let i = 0; i < counts.platforms; i++) {
    const tpl = PLATFORMS[i % PLATFORMS.length]!;
    const copy = Math.floor(i / PLATFORMS.length) + 1;
    const id = copy === 1 ? tpl.slug : `${tpl.slug}-${copy}`;
    platforms.push({
      id,
      seq: i + 1,
      group: tpl.group,
      name_zh: `${tpl.zh} #${i + 1}`,
      name_en: `${tpl.en} #${i + 1}`,
      field_zh: tpl.field,
      area_zh: tpl.area,
      operator_zh: rng.chance(0.6) ? `${rng.pick(ORG_HEADS)}${rng.pick(ORG_TAILS)}` : null,
      summary_zh: `建设${tpl.zh}，整合${tpl.capabilities.map((c) => c[0]).join('、')}等功能（合成数据）。`,
      source_zh: `专栏7 第${(i % PLATFORMS.length) + 1}条（合成数据）`,
    });
    for (const [zh, en] of tpl.capabilities) {
      const r = rng.next();
      const status = r < 0.5 ? 'planned' : r < 0.8 ? 'building' : 'operating';
      capabilities.push({
        platform_id: id,
        capability_zh: zh,
        capability_en: en,
        status,
        since: status === 'planned' ? null : date(rng, 2025, 2027),
        note_zh: rng.chance(0.5)
          ? `${zh}功能${status === 'operating' ? '已运行' : '建设推进中'}（合成数据）`
          : null,
      });
    }
  }

  // Key items (四重 catalogue).
  const keyItems: Row[] = [];
  const kw = Math.max(3, digits(counts.keyItems));
  for (let i = 0; i < counts.keyItems; i++) {
    const r = rng.next();
    const kind = r < 0.05 ? 'region' : r < 0.2 ? 'platform' : r < 0.6 ? 'project' : 'product';
    const s = rng.next();
    const status = s < 0.5 ? 'listed' : s < 0.75 ? 'in-service' : s < 0.9 ? 'completed' : 'removed';
    const district = rng.pick(DISTRICTS);
    const org = `${rng.pick(ORG_HEADS)}${rng.pick(ORG_TAILS)}`;
    const platform = kind === 'platform' || rng.chance(0.15) ? rng.pick(platforms) : null;
    let name: string;
    let category: string | null = rng.pick(['drug', 'device', 'cosmetic']);
    if (kind === 'region') name = `${district}生物医药产业园`;
    else if (kind === 'platform')
      name = String(platform?.name_zh ?? '公共服务平台').replace(/ #\d+$/, '');
    else if (kind === 'project')
      name = `${org.replace(/有限公司|研究院/, '')}${rng.pick(PROJECTS)}`;
    else {
      const [product, cat] = rng.pick(PRODUCTS);
      name = product;
      category = cat;
    }
    const listed = date(rng, 2025, 2027);
    keyItems.push({
      id: `K${pad(i + 1, kw)}`,
      kind,
      name_zh: `${name} #${i + 1}`,
      organisation_zh: kind === 'region' ? null : org,
      district_zh: rng.chance(0.8) ? district : null,
      criterion: kind === 'project' ? rng.int(1, 7) : kind === 'product' ? rng.int(1, 3) : null,
      category: rng.chance(0.9) ? category : null,
      listed_on: rng.chance(0.85) ? listed : null,
      status,
      removed_on:
        status === 'removed' ? `${Number(listed.slice(0, 4)) + 1}${listed.slice(4)}` : null,
      removal_reason: status === 'removed' ? rng.int(1, 7) : null,
      platform_id: platform?.id ?? null,
      programme_id: rng.chance(0.6) ? (rng.pick(programmes).id as string) : null,
      summary_zh: rng.chance(0.7)
        ? `${name}：列入“四重”目录，按管理办法提供服务（合成数据）。`
        : null,
      source_zh: `津药监法〔2025〕6号 目录第${i + 1}项（合成数据）`,
    });
  }

  // Observations: indicators first (up to 10 years each), the rest on quantity targets.
  const quantityMeasures = measures.length - indicatorMeasures;
  const reporting = measures.slice(0, indicatorMeasures).filter((m) => !m.silent);
  const total = counts.observations;
  const indicatorTotal = Math.min(
    reporting.length * YEARS_PER_MEASURE,
    Math.max(Math.round(total * 0.8), total - quantityMeasures * YEARS_PER_MEASURE),
  );
  const quantityTotal = total - indicatorTotal;
  if (quantityTotal > quantityMeasures * YEARS_PER_MEASURE)
    throw new Error(
      `${total} observations do not fit: ${reporting.length} reporting indicators and ${quantityMeasures} quantity milestones × ${YEARS_PER_MEASURE} years (${FIRST_YEAR}–${END_YEAR}); raise milestones or quantityShare`,
    );
  const perMeasure = new Map<MeasureSpec, number>();
  const share = (list: MeasureSpec[], n: number) => {
    if (list.length > 0) spread(n, list.length, rng).forEach((k, i) => perMeasure.set(list[i]!, k));
  };
  share(reporting, indicatorTotal);
  share(measures.slice(indicatorMeasures), quantityTotal);
  const observations: Row[] = [];
  measures.forEach((m) => {
    const years = yearsFor(m.lastYear, perMeasure.get(m) ?? 0);
    for (const year of years) {
      const latest = year === years[years.length - 1];
      const provisional = latest ? rng.chance(0.6) : rng.chance(0.1);
      observations.push({
        measure_id: m.id,
        year,
        value: valueFor(m, year, rng),
        status: provisional ? 'provisional' : 'final',
        as_of: provisional
          ? `${year + 1}-01-${pad(rng.int(10, 28), 2)}`
          : `${year + 1}-0${rng.int(2, 6)}-15`,
        source_zh: rng.chance(0.8) ? `${year}年统计数据（合成数据）` : null,
        source_url: rng.chance(0.4) ? `https://example.org/bench/${m.id}/${year}` : null,
        note_zh: rng.chance(0.1) ? '基准测试用合成数据' : null,
      });
    }
  });

  return {
    'plan.csv': PLAN_CSV,
    'indicators.csv': toCsv('indicators.csv', indicators),
    'observations.csv': toCsv('observations.csv', observations),
    'programmes.csv': toCsv('programmes.csv', programmes),
    'milestones.csv': toCsv('milestones.csv', milestones),
    'platforms.csv': toCsv('platforms.csv', platforms),
    'platform-capabilities.csv': toCsv('platform-capabilities.csv', capabilities),
    'key-items.csv': toCsv('key-items.csv', keyItems),
    'status-thresholds.csv': THRESHOLDS_CSV,
  };
}
