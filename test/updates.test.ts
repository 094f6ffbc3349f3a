import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commitAll, git } from './helpers/git.ts';
import { FIXTURES, REPO } from './helpers/fixtures.ts';
import { runOfficialBuild } from './helpers/build.ts';
import { copyProject } from './helpers/project-copy.ts';
import {
  emptyMessage,
  entryLines,
  formatCommitDate,
  loadUpdates,
  renderAtomFeed,
  type Updates,
} from '../src/lib/updates.ts';

// Count the git commands the updates reading runs (the real execFileSync still does the work).
const calls = vi.hoisted(() => ({ git: 0 }));
vi.mock('node:child_process', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:child_process')>();
  const execFileSync = ((file: string, ...rest: unknown[]) => {
    if (file === 'git') calls.git += 1;
    return (real.execFileSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof real.execFileSync;
  return { ...real, execFileSync };
});

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-updates-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function edit(repo: string, file: string, change: (text: string) => string) {
  const p = path.join(repo, 'data', file);
  writeFileSync(p, change(readFileSync(p, 'utf8')));
}

describe('loadUpdates on a temporary repository with three data commits', () => {
  const repo = path.join(scratch, 'repo');
  let updates: Updates;
  let gitCalls = 0;
  beforeAll(() => {
    mkdirSync(repo);
    git(repo, ['init', '-q']);
    cpSync(path.join(FIXTURES, 'valid'), path.join(repo, 'data'), {
      recursive: true,
      filter: (src) => !src.endsWith('.md'),
    });
    commitAll(repo, '首批数据', '2026-03-15T10:00:00+08:00');
    // A commit outside data/ is not a data update.
    writeFileSync(path.join(repo, 'README.md'), '说明\n');
    commitAll(repo, '说明文件', '2026-04-01T09:00:00+08:00');
    // Nor is the stewards' guide or a template inside data/: only its top-level CSVs are data.
    writeFileSync(path.join(repo, 'data', 'README.md'), '填报指南\n');
    mkdirSync(path.join(repo, 'data', 'templates'), { recursive: true });
    writeFileSync(path.join(repo, 'data', 'templates', 'plan.csv'), 'id\n');
    commitAll(repo, '填报指南和模板', '2026-04-02T09:00:00+08:00');
    edit(repo, 'observations.csv', (t) => `${t}T01,2027,3600,final,2028-02-01,测试来源,,\n`);
    commitAll(repo, '2027 年数据', '2026-06-02T16:30:00+08:00');
    edit(repo, 'indicators.csv', (t) =>
      t.replace('batches/year,3500,3800', 'batches/year,三千五,3800'),
    );
    commitAll(repo, '写错的基期值', '2026-07-01T08:00:00+08:00');
    calls.git = 0;
    updates = loadUpdates(repo, path.join(repo, 'data'));
    gitCalls = calls.git;
  });

  it('loadUpdates: every data commit, newest first, with subject and committer date', () => {
    expect(updates.available).toBe(true);
    expect(updates.truncated).toBe(false);
    expect(updates.entries.map((e) => e.subject)).toEqual([
      '写错的基期值',
      '2027 年数据',
      '首批数据',
    ]);
    expect(updates.entries.map((e) => e.date)).toEqual(['2026-07-01', '2026-06-02', '2026-03-15']);
    expect(updates.entries[1]?.timestamp).toBe('2026-06-02T16:30:00+08:00');
    expect(formatCommitDate('2026-03-15', 'zh')).toBe('2026年3月15日');
    expect(formatCommitDate('2026-03-15', 'en')).toBe('15 March 2026');
  });

  it('loadUpdates: each commit is compared with its parent, summarised in Chinese and English', () => {
    const [, second] = updates.entries;
    if (!second) throw new Error('missing entry');
    // The parent of “2027 年数据” is the README commit, whose data is the first commit's.
    // T01: E(2027) = 3500 + 300·2/5 = 3620, C = 3600 → r = 100/120 = 0.83 → 略有滞后 (was 快于预期).
    expect(entryLines(second, 'zh')).toEqual([
      'observations.csv：新增 1 行',
      '状态变化：T01 快于预期 → 略有滞后',
    ]);
    expect(entryLines(second, 'en')).toEqual([
      'observations.csv: 1 row added',
      'status changes: T01 Ahead of schedule → Slightly behind',
    ]);
  });

  it('loadUpdates: the first commit has everything added', () => {
    const first = updates.entries[2];
    if (!first) throw new Error('missing entry');
    expect(first.outcome).toMatchObject({ kind: 'diff', first: true });
    const [files, statuses] = entryLines(first, 'zh');
    expect(files).toBe(
      '首次提交数据：plan.csv：新增 1 行；indicators.csv：新增 3 行；observations.csv：新增 4 行；programmes.csv：新增 2 行；milestones.csv：新增 3 行；platforms.csv：新增 2 行；platform-capabilities.csv：新增 3 行；key-items.csv：新增 2 行；status-thresholds.csv：新增 3 行',
    );
    // Targets arriving with a status other than 暂无数据 (T03 has no plan-period figure).
    expect(statuses).toBe('状态变化：T01 新增，快于预期，T02 新增，进度正常，TM01 新增，快于预期');
  });

  it('loadUpdates: a commit whose data is invalid is one line, not a crash', () => {
    const newest = updates.entries[0];
    if (!newest) throw new Error('missing entry');
    expect(newest.outcome).toEqual({ kind: 'invalid', issues: 1 });
    expect(entryLines(newest, 'zh')).toEqual([
      '这次提交的数据没有通过检查（1 个问题），未列出变化。',
    ]);
  });

  it('loadUpdates: reads the whole history with at most four git commands', () => {
    expect(gitCalls).toBeLessThanOrEqual(4);
  });

  it('renderAtomFeed: valid Atom 1.0 with the same entries, dates from git', () => {
    const xml = renderAtomFeed(updates, {
      title: '数据更新',
      id: 'urn:plan-tracker:test:updates',
      pageHref: '/updates/',
      selfHref: '/updates.xml',
      author: '测试站',
      fallbackUpdated: '1970-01-01T00:00:00Z',
    });
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect(xml).toContain('<id>urn:plan-tracker:test:updates</id>');
    // The feed's updated is the newest commit's committer date.
    expect(xml).toContain('  <updated>2026-07-01T08:00:00+08:00</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    const commit = updates.entries[1]?.commit;
    expect(xml).toContain(`<id>urn:git-commit:${commit}</id>`);
    expect(xml).toContain('<title>2027 年数据</title>');
    expect(xml).toContain(`href="/updates/#c-${commit?.slice(0, 7)}"`);
    expect(xml).toContain(
      '<content type="text">2026年6月2日 · 2027 年数据\nobservations.csv：新增 1 行\n状态变化：T01 快于预期 → 略有滞后</content>',
    );
  });

  it('renderAtomFeed: escapes markup in commit subjects', () => {
    const xml = renderAtomFeed(
      {
        ...updates,
        entries: updates.entries.map((e) => ({ ...e, subject: 'a < b & "c"' })),
      },
      {
        title: 't',
        id: 'urn:x:y',
        pageHref: '/u/',
        selfHref: '/u.xml',
        author: 'a',
        fallbackUpdated: '1970-01-01T00:00:00Z',
      },
    );
    expect(xml).toContain('<title>a &lt; b &amp; &quot;c&quot;</title>');
  });
});

describe('loadUpdates without history', () => {
  it('loadUpdates: outside a git repository → not available, a clear sentence', () => {
    const plain = mkdtempSync(path.join(scratch, 'plain-'));
    const u = loadUpdates(plain, path.join(plain, 'data'));
    expect(u).toMatchObject({ available: false, reason: 'not-a-repo', entries: [] });
    expect(emptyMessage(u, 'zh')).toBe('本站不是在 git 代码仓库中生成的，无法列出数据的修改历史。');
    expect(emptyMessage(u, 'en')).toContain('not built inside a git repository');
  });

  it('loadUpdates: a data directory outside the repository → not available, a clear sentence', () => {
    const u = loadUpdates(REPO, path.join(scratch, 'elsewhere'));
    expect(u).toMatchObject({ available: false, reason: 'outside-repo', entries: [] });
    expect(emptyMessage(u, 'zh')).toBe('数据目录不在本站的代码仓库中，没有修改历史可以列出。');
  });

  it('loadUpdates: a repository without data commits (or without any commit) → an empty list and a sentence', () => {
    const repo = mkdtempSync(path.join(scratch, 'nodata-'));
    git(repo, ['init', '-q']);
    expect(loadUpdates(repo, path.join(repo, 'data'))).toMatchObject({
      available: true,
      entries: [],
    });
    writeFileSync(path.join(repo, 'README.md'), 'x\n');
    commitAll(repo, 'readme', '2026-01-01T00:00:00+08:00');
    const u = loadUpdates(repo, path.join(repo, 'data'));
    expect(u).toMatchObject({ available: true, entries: [] });
    expect(emptyMessage(u, 'zh')).toBe('数据目录还没有任何提交记录。');
  });
});

describe('/updates/ in an official build (a project copy with known data commits)', () => {
  const out = path.join(scratch, 'site');
  const SUBJECTS = ['2027 年 T01 数据', '规划文本（基准）'];
  beforeAll(() => {
    const project = copyProject({
      data: path.join(FIXTURES, 'valid'),
      date: '2026-11-01T10:00:00+08:00',
    });
    try {
      git(project.dir, ['commit', '-q', '--amend', '-m', '规划文本（基准）'], {
        GIT_COMMITTER_DATE: '2026-11-01T10:00:00+08:00',
      });
      writeFileSync(path.join(project.dir, 'README.md'), '只改说明，不是数据\n');
      commitAll(project.dir, '说明文字', '2026-11-05T10:00:00+08:00');
      const obs = path.join(project.dir, 'data/observations.csv');
      writeFileSync(
        obs,
        `${readFileSync(obs, 'utf8')}T01,2027,3700,provisional,2028-02-01,年报,,\n`,
      );
      commitAll(project.dir, SUBJECTS[0] ?? '', '2026-11-20T10:00:00+08:00');
      const r = runOfficialBuild(project.dir, out, {});
      if (r.code !== 0) throw new Error(r.err);
    } finally {
      project.cleanup();
    }
  });

  const decode = (html: string) =>
    html
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');

  it('updates page: lists the data commits, newest first; a commit that changes no data file is not listed', () => {
    const subjects = SUBJECTS;
    for (const page of ['updates/index.html', 'en/updates/index.html']) {
      const html = readFileSync(path.join(out, page), 'utf8');
      const shown = [...html.matchAll(/<span data-subject[^>]*>([^<]*)<\/span>/g)].map((m) =>
        decode(m[1] ?? ''),
      );
      expect(shown, page).toEqual(subjects);
    }
    const zh = readFileSync(path.join(out, 'updates/index.html'), 'utf8');
    expect(zh).toContain('<title>数据更新 - ');
    expect(zh).toContain('href="/updates.xml"');
    expect(zh).toMatch(/<time datetime="\d{4}-\d\d-\d\dT[^"]+">\d{4}年\d{1,2}月\d{1,2}日<\/time>/);
    const en = readFileSync(path.join(out, 'en/updates/index.html'), 'utf8');
    expect(en).toContain('<title>Data updates - ');
  });

  it('updates.xml: one Atom entry per data commit, relative links without SITE_URL', () => {
    const xml = readFileSync(path.join(out, 'updates.xml'), 'utf8');
    expect(xml.match(/<entry>/g)).toHaveLength(SUBJECTS.length);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="/updates.xml"/>');
    expect(xml).toMatch(/<id>urn:plan-tracker:[^<]+:updates<\/id>/);
  });
});
