import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, REPO } from './helpers/fixtures.ts';
import { cleanEnv, commitAll as commit, git } from './helpers/git.ts';
import { validateDataset, type Dataset } from '../src/lib/data/validate-dataset.ts';
import { diffDatasets, MAX_LISTED, renderDiffMarkdown, summaryLine } from '../src/lib/data-diff.ts';
import { overlayFiles } from './helpers/fixtures.ts';

const SCRIPT = path.join(REPO, 'scripts/data-diff.ts');
const scratch = mkdtempSync(path.join(tmpdir(), 'plan-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh repository holding test/fixtures/valid/ in data/, committed once. */
function makeRepo(name: string): string {
  const repo = path.join(scratch, name);
  mkdirSync(repo);
  git(repo, ['init', '-q']);
  cpSync(path.join(FIXTURES, 'valid'), path.join(repo, 'data'), {
    recursive: true,
    filter: (src) => !src.endsWith('.md'),
  });
  commit(repo, '初始数据');
  return repo;
}

function edit(repo: string, file: string, change: (text: string) => string) {
  const p = path.join(repo, 'data', file);
  writeFileSync(p, change(readFileSync(p, 'utf8')));
}

function dataDiff(cwd: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd,
    env: cleanEnv(env),
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run data:diff (scripts/data-diff.ts) on a temporary git repository', () => {
  let repo: string;
  beforeAll(() => {
    repo = makeRepo('changes');
    // 1. Add an observation: T01 2027 = 3600.
    // 2. Change a target: T02 target_value 62 → 80.
    // 3. Remove a row: TM01 2026 (150).
    // 4. Blank a cell: T01 2026 source_url https://example.org/t01 → (empty).
    edit(repo, 'observations.csv', (t) =>
      t
        .replace('https://example.org/t01', '')
        .replace('TM01,2026,150,final,2027-02-01,测试来源,,\n', '')
        .concat('T01,2027,3600,final,2028-02-01,测试来源,,\n'),
    );
    edit(repo, 'indicators.csv', (t) =>
      t.replace('项,projects,16,62,,>=', '项,projects,16,80,,>='),
    );
    commit(repo, '2027 年数据');
  });

  it('data:diff: lists added, changed and removed rows keyed by the first unique key, with old → new values', () => {
    const r = dataDiff(repo, ['--base', 'HEAD~1', '--head', 'HEAD']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    // The heading with totals comes first.
    expect(lines[0]).toBe('### 数据变化：2 个文件，新增 1 行，删除 1 行，修改 2 行；状态变化 3 项');
    expect(r.out).toMatch(/比较：`HEAD~1`（[0-9a-f]{7}） → `HEAD`（[0-9a-f]{7}）/);
    expect(lines).toContain('#### indicators.csv（主要指标）：修改 1 行');
    expect(lines).toContain('- 修改 T02（测试课题数）：target_value 62 → 80');
    expect(lines).toContain('#### observations.csv（年度数据）：新增 1 行，删除 1 行，修改 1 行');
    expect(lines).toContain('- 新增 T01 / 2027（测试抽检数量）：value 3600');
    // A blank cell is null in the validated row, shown as 空.
    expect(lines).toContain(
      '- 修改 T01 / 2026（测试抽检数量）：source_url https://example.org/t01 → 空',
    );
    expect(lines).toContain('- 删除 TM01 / 2026（测试审评用时）：value 150');
    // Files that did not change are not mentioned.
    expect(r.out).not.toContain('plan.csv');
  });

  it('data:diff: lists every status that changes, computed by the progress engine on both sides', () => {
    // T01 (annual, ≥, B = 3500, T = 3800, N = 5):
    //   before: latest 2026, E = 3500 + 300·1/5 = 3560, C = 3600 → r = 100/60 = 1.67 ≥ 1.10 → 快于预期
    //   after:  latest 2027, E = 3500 + 300·2/5 = 3620, C = 3600 → r = 100/120 = 0.83 → 略有滞后
    // T02 (cumulative, C = 13 in 2026, n = 1):
    //   before: T = 62, E = 62·1/5 = 12.4 → r = 13/12.4 = 1.05 → 进度正常
    //   after:  T = 80, E = 80·1/5 = 16  → r = 13/16 = 0.81 → 略有滞后 (expected, not binding)
    // TM01 (level, ≤, B = 200, T = 60):
    //   before: 2026 C = 150, E = 200 − 140·1/5 = 172 → r = (150 − 200)/(172 − 200) = 1.79 → 快于预期
    //   after:  no plan-period figure → 暂无数据
    const r = dataDiff(repo, ['--base', 'HEAD~1', '--head', 'HEAD']);
    const lines = r.out.split('\n');
    expect(lines).toContain('#### 状态变化（3 项）');
    expect(lines).toContain('- T01 测试抽检数量：快于预期 → 略有滞后');
    expect(lines).toContain('- T02 测试课题数：进度正常 → 略有滞后');
    expect(lines).toContain('- TM01 测试审评用时：快于预期 → 暂无数据');
    // T03 has no plan-period data on either side: no change, not listed.
    expect(r.out).not.toMatch(/^- T03/m);
  });

  it('data:diff: names each measure by id and name, with its unit, each year old → new and its status change', () => {
    const r = dataDiff(repo, ['--base', 'HEAD~1', '--head', 'HEAD']);
    const lines = r.out.split('\n');
    expect(lines).toContain('#### 按指标和目标（2 项）');
    expect(lines).toContain(
      '- **T01 测试抽检数量**（批次/年）：2027 年：新增 3600 批次/年（正式数）；状态 快于预期 → 略有滞后',
    );
    expect(lines).toContain(
      '- **TM01 测试审评用时**（工作日）：2026 年：撤回（原为 150 工作日（正式数））；状态 快于预期 → 暂无数据',
    );
  });

  it('data:diff: a published figure revised, or made final, is said to be so', () => {
    const revised = makeRepo('revised');
    edit(revised, 'observations.csv', (t) =>
      t
        .replace('T01,2026,3600,final', 'T01,2026,3650,final')
        .replace('T02,2026,13,provisional', 'T02,2026,13,final'),
    );
    commit(revised, '修订 2026 年数据');
    const r = dataDiff(revised, ['--base', 'HEAD~1', '--head', 'HEAD']);
    expect(r.out).toContain(
      '- **T01 测试抽检数量**（批次/年）：2026 年：修订 3600 批次/年（正式数） → 3650 批次/年（正式数）；状态不变',
    );
    expect(r.out).toContain('- **T02 测试课题数**（项）：2026 年：13 由初步数改为正式数；状态不变');
  });

  it('data:diff: compares with the working tree when --head is omitted', () => {
    const r = dataDiff(repo, ['--base', 'HEAD~1']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('→ 工作区');
    expect(r.out).toContain('- 修改 T02（测试课题数）：target_value 62 → 80');
  });

  it('data:diff: reads $PLAN_DATA_DIR relative to the repository (the current directory)', () => {
    const r = dataDiff(repo, ['--base', 'HEAD~1', '--head', 'HEAD'], { PLAN_DATA_DIR: 'data/' });
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toContain('新增 1 行，删除 1 行，修改 2 行');
  });

  it('data:diff: a base without the data directory → every row added', () => {
    const fresh = path.join(scratch, 'fresh');
    mkdirSync(fresh);
    git(fresh, ['init', '-q']);
    writeFileSync(path.join(fresh, 'README.md'), 'x\n');
    commit(fresh, 'readme');
    cpSync(path.join(FIXTURES, 'valid'), path.join(fresh, 'data'), { recursive: true });
    rmSync(path.join(fresh, 'data/README.md'));
    const r = dataDiff(fresh, ['--base', 'HEAD']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('#### plan.csv（规划基本信息）：新增 1 行');
    expect(r.out).toContain('#### observations.csv（年度数据）：新增 4 行');
    expect(r.out).toContain('- T01 测试抽检数量：新增，快于预期');
  });
});

describe('npm run data:diff: invalid head, no change, bad arguments', () => {
  let repo: string;
  beforeAll(() => {
    repo = makeRepo('invalid');
  });

  it('data:diff: invalid head data → exit 1 and every located problem in Chinese, in a code block', () => {
    edit(repo, 'indicators.csv', (t) =>
      t.replace('batches/year,3500,3800', 'batches/year,三千五,3800'),
    );
    try {
      const r = dataDiff(repo, ['--base', 'HEAD']);
      expect(r.code).toBe(1);
      expect(r.out.split('\n')[0]).toBe('### 数据检查未通过：工作区的数据有 1 个问题');
      expect(r.out).toContain('```text\n数据检查未通过：共 1 个问题（data/indicators.csv 1 个）。');
      expect(r.out).toContain('data/indicators.csv:2:8（第 2 行，H 列，baseline_value）');
      expect(r.out).toContain('问题：“三千五” 不是有效的数字。');
      expect(r.out).toContain('改法：');
      expect(r.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
    } finally {
      git(repo, ['checkout', '--', 'data']);
    }
  });

  it('data:diff: nothing changed → the one line “数据没有变化”', () => {
    const r = dataDiff(repo, ['--base', 'HEAD']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toContain('数据没有变化');
  });

  it('data:diff: a change of form only (3800 written as "3,800") is no data change', () => {
    edit(repo, 'indicators.csv', (t) =>
      t.replace('batches/year,3500,3800', 'batches/year,3500,"3,800"'),
    );
    commit(repo, 'Excel 格式');
    const r = dataDiff(repo, ['--base', 'HEAD~1', '--head', 'HEAD']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^### 仅格式变化，数据未变\n/);
    expect(r.out).toContain('- indicators.csv：引号、空格或数字写法有变化');
  });

  it('data:diff: an Excel re-save (BOM and CRLF, every line changed in git) is “仅格式变化，数据未变”', () => {
    const resaved = makeRepo('resaved');
    edit(resaved, 'observations.csv', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
    commit(resaved, 'Excel 另存');
    const r = dataDiff(resaved, ['--base', 'HEAD~1', '--head', 'HEAD']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^### 仅格式变化，数据未变\n/);
    expect(r.out).toContain('- observations.csv：添加了 BOM，换行符由 LF 改为 CRLF');
    expect(r.out).not.toContain('新增');
  });

  it('data:diff: a commit that changes nothing in data/ says 数据没有变化', () => {
    const r = dataDiff(repo, ['--base', 'HEAD', '--head', 'HEAD']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe('数据没有变化。(en: no data changes)');
  });

  it('data:diff: an unknown revision or a missing --base is a clear message, exit 2, no stack trace', () => {
    const unknown = dataDiff(repo, ['--base', 'no-such-branch']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('找不到版本 no-such-branch');
    expect(unknown.err).not.toMatch(/\n\s+at /);
    const missing = dataDiff(repo, []);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('缺少 --base');
  });

  it('data:diff: an invalid base with a valid head → says it cannot compare, exit 0', () => {
    const broken = makeRepo('broken-base');
    edit(broken, 'indicators.csv', (t) =>
      t.replace('batches/year,3500,3800', 'batches/year,三千五,3800'),
    );
    commit(broken, '写错');
    git(broken, ['checkout', 'HEAD~1', '--', 'data']);
    commit(broken, '改正');
    const r = dataDiff(broken, ['--base', 'HEAD~1', '--head', 'HEAD']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^### 无法比较：`HEAD~1`（[0-9a-f]{7}）的数据没有通过检查（1 个问题）/);
  });

  it('data:diff: outside a git repository is a clear message, exit 2', () => {
    const plain = mkdtempSync(path.join(scratch, 'plain-'));
    const r = dataDiff(plain, ['--base', 'HEAD']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('无法读取 git 中的数据');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('diffDatasets and renderDiffMarkdown (pure)', () => {
  const load = (files: Record<string, Uint8Array>): Dataset => {
    const r = validateDataset(files);
    if (!r.ok) throw new Error('fixture invalid');
    return r.data;
  };
  const base = load(overlayFiles());

  it('diffDatasets: identical datasets → no file and no status changes', () => {
    const diff = diffDatasets(base, load(overlayFiles()));
    expect(diff).toEqual({ files: [], statuses: [], measures: [], formatOnly: [] });
    expect(summaryLine(diff, 'zh')).toBe('数据没有变化');
  });

  it('renderDiffMarkdown: more than 50 rows in a file → the first 50 and a count of the rest', () => {
    const files = overlayFiles();
    const header = 'platform_id,capability_zh,capability_en,status,since,note_zh\n';
    const extra = Array.from({ length: 60 }, (_, i) => `tp2,功能${i + 1},Cap ${i + 1},planned,,\n`);
    files['platform-capabilities.csv'] = new TextEncoder().encode(
      `${header}tp1,研发创新,R&D,operating,,\n${extra.join('')}`,
    );
    const md = renderDiffMarkdown(diffDatasets(base, load(files)));
    expect(md).toContain('#### platform-capabilities.csv（平台功能）：新增 60 行，删除 2 行');
    const listed = md.split('\n').filter((l) => /^- (新增|删除|修改) /.test(l));
    expect(listed).toHaveLength(MAX_LISTED);
    expect(md).toContain('- ……共 62 行变化，另有 12 行未列出');
  });

  it('diffDatasets: commentary.csv (no unique key) pairs paragraphs by year, scope, ref_id, section and place', () => {
    const withCommentary = (...rows: string[]) => {
      const files = overlayFiles();
      files['commentary.csv'] = new TextEncoder().encode(
        `year,scope,ref_id,section,text_zh,text_en\n${rows.map((r) => `${r}\n`).join('')}`,
      );
      return load(files);
    };
    const two = withCommentary(
      '2027,plan,,problems,一是进度滞后。,',
      '2027,plan,,problems,二是数据迟报。,',
    );
    const first = diffDatasets(base, two);
    expect(first.files.map((f) => [f.file, f.added.map((r) => r.key)])).toEqual([
      ['commentary.csv', ['2027 / plan /  / problems', '2027 / plan /  / problems #2']],
    ]);
    const edited = withCommentary(
      '2027,plan,,problems,一是进度滞后。,',
      '2027,plan,,problems,二是部分数据迟报。,',
      '2027,plan,,next-steps,加强调度。,',
    );
    const [file] = diffDatasets(two, edited).files;
    expect(file?.changed.map((r) => [r.key, r.fields])).toEqual([
      [
        '2027 / plan /  / problems #2',
        [{ field: 'text_zh', from: '二是数据迟报。', to: '二是部分数据迟报。' }],
      ],
    ]);
    expect(file?.added.map((r) => r.key)).toEqual(['2027 / plan /  / next-steps']);
    expect(file?.removed).toEqual([]);
  });

  it('summaryLine: files and status changes in one line, Chinese and English', () => {
    const files = overlayFiles();
    files['observations.csv'] = new TextEncoder().encode(
      `${new TextDecoder().decode(files['observations.csv'])}T01,2027,3600,final,2028-02-01,测试来源,,\n`,
    );
    const diff = diffDatasets(base, load(files));
    expect(summaryLine(diff, 'zh')).toBe(
      'observations.csv：新增 1 行；状态变化：T01 快于预期 → 略有滞后',
    );
    expect(summaryLine(diff, 'en')).toBe(
      'observations.csv: 1 row added; status changes: T01 Ahead of schedule → Slightly behind',
    );
  });
});
