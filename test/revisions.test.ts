import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commitAll, git } from './helpers/git.ts';
import { FIXTURES } from './helpers/fixtures.ts';
import {
  buildRevisions,
  deliverableChangeText,
  revisionRows,
  versionChangeText,
  type RevisionStep,
  type Revisions,
} from '../src/lib/revisions.ts';
import { loadRevisions } from '../src/lib/revisions-git.ts';
import { syntheticHistory } from '../scripts/lib/synthetic-history.ts';
import type { MilestoneRow, ObservationRow } from '../src/schemas/index.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-revisions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const obs = (value: number, status: 'final' | 'provisional', year = 2026): ObservationRow => ({
  measure_id: 'I01',
  year,
  value,
  status,
  as_of: `${year + 1}-02-01`,
  source_zh: null,
  source_url: null,
  note_zh: null,
});
const deliverable = (status: MilestoneRow['status'], done_on: string | null) =>
  ({ id: 'M01', kind: 'deliverable', status, done_on }) as MilestoneRow;

describe('buildRevisions: hand-computed histories', () => {
  const steps: RevisionStep[] = [
    {
      commit: 'a'.repeat(40),
      date: '2027-02-20',
      observations: [obs(3600, 'provisional')],
      milestones: [deliverable('in-progress', null)],
    },
    // Invalid data never reached the site: skipped, the next step compares with the first.
    { commit: 'b'.repeat(40), date: '2027-03-01', observations: null, milestones: null },
    {
      commit: 'c'.repeat(40),
      date: '2027-05-10',
      observations: [obs(3650, 'final'), obs(3700, 'provisional', 2027)],
      milestones: [deliverable('done', '2027-04-30')],
    },
    {
      commit: 'd'.repeat(40),
      date: '2027-06-01',
      observations: [obs(3650, 'final')],
      milestones: [deliverable('done', '2027-04-28')],
    },
  ];
  const r = buildRevisions(steps);

  it('buildRevisions: first published, revised (value and status), withdrawn; dates are the commits’', () => {
    expect(r.figures.map((f) => [f.measure_id, f.year, f.versions.length])).toEqual([
      ['I01', 2026, 2],
      ['I01', 2027, 2],
    ]);
    expect(r.figures[0]?.versions).toEqual([
      {
        published_on: '2027-02-20',
        commit: 'aaaaaaa',
        change: 'added',
        value: 3600,
        status: 'provisional',
        as_of: '2027-02-01',
        from_value: null,
        from_status: null,
      },
      {
        published_on: '2027-05-10',
        commit: 'ccccccc',
        change: 'revised',
        value: 3650,
        status: 'final',
        as_of: '2027-02-01',
        from_value: 3600,
        from_status: 'provisional',
      },
    ]);
    expect(r.figures[1]?.versions.map((v) => [v.published_on, v.change, v.value])).toEqual([
      ['2027-05-10', 'added', 3700],
      ['2027-06-01', 'withdrawn', null],
    ]);
  });

  it('versionChangeText: the words data:diff uses, in both languages', () => {
    const [first, revised] = r.figures[0]!.versions;
    expect(versionChangeText(first!, 'zh')).toBe('首次发布');
    expect(versionChangeText(revised!, 'zh')).toBe('修订：由 3600 改为 3650，初步数改为正式数');
    expect(versionChangeText(revised!, 'en')).toBe(
      'revised from 3600 to 3650; provisional → final',
    );
    expect(versionChangeText(r.figures[1]!.versions[1]!, 'zh')).toBe('撤回（原为 3700）');
    const finalised = buildRevisions([
      { commit: 'e', date: '2027-01-01', observations: [obs(1, 'provisional')], milestones: [] },
      { commit: 'f', date: '2027-02-01', observations: [obs(1, 'final')], milestones: [] },
    ]).figures[0]!.versions[1]!;
    expect(versionChangeText(finalised, 'zh')).toBe('初步数改为正式数');
  });

  it('buildRevisions: a deliverable’s status and completion date, each change dated', () => {
    const v = r.deliverables[0]!.versions;
    expect(v.map((x) => [x.published_on, x.change, x.status, x.done_on])).toEqual([
      ['2027-02-20', 'added', 'in-progress', null],
      ['2027-05-10', 'status', 'done', '2027-04-30'],
      ['2027-06-01', 'done-on', 'done', '2027-04-28'],
    ]);
    expect(deliverableChangeText(v[1]!, 'zh')).toBe('推进中改为已完成（2027年4月30日）');
    expect(deliverableChangeText(v[2]!, 'en')).toBe(
      'completion date revised: done (28 April 2027)',
    );
  });

  it('revisionRows: one flat row per version for the CSV download', () => {
    const rows = revisionRows({ ...r, available: true } as Revisions);
    expect(rows).toHaveLength(7);
    expect(rows[1]).toMatchObject({ kind: 'figure', id: 'I01', year: 2026, change: 'revised' });
    expect(rows[6]).toMatchObject({ kind: 'deliverable', id: 'M01', year: null });
  });
});

function edit(repo: string, file: string, change: (text: string) => string) {
  const p = path.join(repo, 'data', file);
  writeFileSync(p, change(readFileSync(p, 'utf8')));
}

describe('loadRevisions on a temporary repository with dated commits', () => {
  const repo = path.join(scratch, 'repo');
  let r: Revisions;
  beforeAll(() => {
    mkdirSync(repo);
    git(repo, ['init', '-q', '-b', 'main']);
    cpSync(path.join(FIXTURES, 'valid'), path.join(repo, 'data'), {
      recursive: true,
      filter: (src) => !src.endsWith('.md'),
    });
    commitAll(repo, '首批数据', '2027-01-10T10:00:00+08:00');
    edit(repo, 'observations.csv', (t) => `${t}T01,2027,3600,provisional,2028-02-15,,,\n`);
    commitAll(repo, '2027 初步数', '2028-02-20T10:00:00+08:00');
    // A steward's branch, merged later: the figure is published when the merge reaches main.
    git(repo, ['checkout', '-q', '-b', 'steward']);
    edit(repo, 'observations.csv', (t) =>
      t.replace('T01,2027,3600,provisional,2028-02-15', 'T01,2027,3650,final,2028-05-01'),
    );
    commitAll(repo, '2027 正式数', '2028-05-02T09:00:00+08:00');
    git(repo, ['checkout', '-q', 'main']);
    git(
      repo,
      [
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@example.invalid',
        'merge',
        '-q',
        '--no-ff',
        '-m',
        '合并 2027 正式数',
        'steward',
      ],
      {
        GIT_AUTHOR_DATE: '2028-05-10T10:00:00+08:00',
        GIT_COMMITTER_DATE: '2028-05-10T10:00:00+08:00',
      },
    );
    r = loadRevisions(repo, path.join(repo, 'data'));
  });

  it('loadRevisions: both versions of T01 2027, dated by the commit (the merge) that put each on main', () => {
    expect(r.available).toBe(true);
    expect(r.since).toBe('2027-01-10');
    const h = r.figures.find((f) => f.measure_id === 'T01' && f.year === 2027);
    expect(h?.versions.map((v) => [v.published_on, v.change, v.value, v.status])).toEqual([
      ['2028-02-20', 'added', 3600, 'provisional'],
      ['2028-05-10', 'revised', 3650, 'final'],
    ]);
    expect(versionChangeText(h!.versions[1]!, 'zh')).toContain('修订');
  });

  it('loadRevisions: without git history (a tarball) the history is unavailable, not an error', () => {
    const tarball = path.join(scratch, 'tarball');
    cpSync(path.join(FIXTURES, 'valid'), path.join(tarball, 'data'), { recursive: true });
    const none = loadRevisions(tarball, path.join(tarball, 'data'));
    expect(none).toMatchObject({ available: false, figures: [], deliverables: [] });
  });
});

describe('loadRevisions on ten years of commits (its speed: npm run bench:revisions)', () => {
  it('loadRevisions: 500 weekly data commits are all read, in one pass', () => {
    const repo = path.join(scratch, 'ten-years');
    mkdirSync(repo);
    git(repo, ['init', '-q', '-b', 'main']);
    syntheticHistory(repo, 500, path.join(FIXTURES, 'valid'));
    const r = loadRevisions(repo, path.join(repo, 'data'));
    expect(r.commits).toBe(500);
    // 400 figures published (four commits in five), each revised to final at most once.
    expect(r.figures).toHaveLength(400);
  });
});
