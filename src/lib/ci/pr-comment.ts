/**
 * The steward's pull-request comment, as one pure function of the PR check's state. The same text
 * goes to the Git server (GitHub, Gitea/Forgejo, GitLab), to `--out` and to the log: Chinese first,
 * English after. It is written twice: with the data verdict as soon as it is known, then again when
 * the build, the site checks and (for code changes) the software tests have finished.
 */

/** Found again by the poster, so one comment per PR is updated rather than a new one each run. */
export const COMMENT_MARKER = '<!-- plan-data-check -->';

/** A comment holds at most 65 536 characters on GitHub; GitLab and Gitea allow more. */
const MAX_CHARS = 60_000;

export type StepState = 'pending' | 'running' | 'passed' | 'failed' | 'skipped';

export interface StepResult {
  state: StepState;
  /** Why a step was skipped, or the last lines of a failed step's output. */
  detail?: string;
  seconds?: number;
}

export type DataVerdict =
  { ok: true; diffMarkdown: string } | { ok: false; count: number; report: string };

export interface PrCheckState {
  /** How the two sides are named, e.g. `origin/main（1a2b3c4）`. */
  base: string;
  head: string;
  data: DataVerdict;
  build: StepResult;
  site: StepResult;
  tests: StepResult;
  /** The CI run's page, when the Git server says where it is. */
  logUrl?: string;
}

export type Overall = 'running' | 'passed' | 'failed';

export function overallOf(s: PrCheckState): Overall {
  const steps = [s.build, s.site, s.tests];
  if (!s.data.ok || steps.some((x) => x.state === 'failed')) return 'failed';
  if (steps.some((x) => x.state === 'pending' || x.state === 'running')) return 'running';
  return 'passed';
}

const STEP_NAMES = {
  build: ['网站生成', 'site build'],
  site: ['站点检查（隐私、链接、CSP、无障碍、体积）', 'site checks'],
  tests: ['软件测试', 'software tests'],
} as const;

const STATE_ZH: Record<StepState, string> = {
  pending: '⏳ 等待中',
  running: '⏳ 进行中',
  passed: '✅ 通过',
  failed: '❌ 未通过',
  skipped: '➖ 未运行',
};

const STATE_EN: Record<StepState, string> = {
  pending: 'pending',
  running: 'running',
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
};

/** Fence a block so that no line inside can close it. */
export function fence(text: string, info = 'text'): string {
  let f = '```';
  while (text.includes(f)) f += '`';
  return `${f}${info}\n${text}\n${f}`;
}

function cut(text: string, max: number): string {
  return text.length > max
    ? `${text.slice(0, max)}\n…（内容过长，已截断，完整内容见运行日志）`
    : text;
}

function stepLine(key: keyof typeof STEP_NAMES, r: StepResult): string {
  const time = r.seconds !== undefined ? `（${r.seconds.toFixed(0)} 秒）` : '';
  return `| ${STEP_NAMES[key][0]} | ${STATE_ZH[r.state]}${time} |`;
}

const HEADINGS: Record<Overall, string> = {
  running: '### ⏳ 数据检查通过，正在生成网站',
  passed: '### ✅ 全部检查通过',
  failed: '### ❌ 检查未通过',
};

const HOW_TO_FIX = [
  '下面列出了每个问题所在的**文件、行号和列**，以及“**改法**”。请逐条修改后提交到本合并请求的同一个分支：',
  '可以在代码托管网站上直接编辑文件，也可以在电脑上用 Excel/WPS 改好，另存为“CSV UTF-8（逗号分隔）”后重新上传。',
  '每次提交后会自动重新检查，这条评论会随之更新。看不懂某条提示时，请查看 `data/README.md` 中的“错误提示与改法”。',
];

export function renderPrComment(s: PrCheckState): string {
  const overall = overallOf(s);
  const lines = [COMMENT_MARKER, !s.data.ok ? '### ❌ 数据检查未通过' : HEADINGS[overall], ''];
  if (!s.data.ok) {
    lines.push(
      `比较：${s.base} → ${s.head}`,
      '',
      ...HOW_TO_FIX,
      '',
      fence(cut(s.data.report, MAX_CHARS - 4000)),
    );
  } else {
    lines.push('| 步骤 | 结果 |', '| --- | --- |', '| 数据检查 | ✅ 通过 |');
    lines.push(stepLine('build', s.build), stepLine('site', s.site), stepLine('tests', s.tests));
    for (const key of ['build', 'site', 'tests'] as const) {
      const r = s[key];
      if (r.state === 'skipped' && r.detail)
        lines.push('', `${STEP_NAMES[key][0]}未运行：${r.detail}`);
      if (r.state === 'failed') {
        lines.push('', `#### ❌ ${STEP_NAMES[key][0]}未通过`, '');
        if (r.detail) lines.push(fence(cut(r.detail, 8000)), '');
        lines.push(
          key === 'tests'
            ? '这是程序的问题，不是数据的问题：请联系开发人员。'
            : '数据格式没有问题，但网站生成或站点检查失败。请按上面的提示修改；看不懂时请联系开发人员。',
        );
      }
    }
    lines.push('', cut(s.data.diffMarkdown, MAX_CHARS - 12000));
    if (overall === 'passed')
      lines.push('', '请核对上面的改动无误后，等待审核人合并。合并后网站会自动更新。');
  }
  const en = !s.data.ok
    ? `data check failed with ${s.data.count} issue(s); nothing was built`
    : `data valid; build ${STATE_EN[s.build.state]}, site checks ${STATE_EN[s.site.state]}, software tests ${STATE_EN[s.tests.state]}`;
  lines.push('', `(en: ${en})`);
  const log = s.logUrl ? `[自动检查](${s.logUrl})` : '自动检查';
  lines.push('', `<sub>由${log}生成，每次提交后更新。</sub>`);
  return lines.join('\n');
}
