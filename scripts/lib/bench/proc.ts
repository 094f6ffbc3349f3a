/** Process-tree accounting on Linux (/proc): CPU of reaped children, RSS of a process tree. */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const sysconf = (name: string, fallback: number) => {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
};
const CLK_TCK = sysconf('CLK_TCK', 100);
const PAGE_SIZE = sysconf('PAGESIZE', 4096);

/** Fields of /proc/<pid>/stat after the command name (index 0 = field 3, state). */
function procStat(pid: number | 'self'): { comm: string; fields: string[] } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    return {
      comm: text.slice(text.indexOf('(') + 1, close),
      fields: text.slice(close + 2).split(' '),
    };
  } catch {
    return null;
  }
}

/** CPU seconds of this process's reaped children (and theirs): cutime + cstime. */
export function childrenCpuSeconds(): number | null {
  const s = procStat('self');
  if (!s) return null;
  return (Number(s.fields[13]) + Number(s.fields[14])) / CLK_TCK;
}

/** RSS of `root` and all its descendants now, in bytes, in total and by command name. */
export function treeRss(root: number): { total: number; byName: Map<string, number> } {
  const children = new Map<number, number[]>();
  const names = new Map<number, string>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return { total: 0, byName: new Map() };
  }
  for (const d of pids) {
    const s = procStat(Number(d));
    if (!s) continue;
    const ppid = Number(s.fields[1]);
    names.set(Number(d), s.comm);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
  }
  let total = 0;
  const byName = new Map<string, number>();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    queue.push(...(children.get(pid) ?? []));
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      total += rss;
      const name = names.get(pid) ?? '?';
      byName.set(name, (byName.get(name) ?? 0) + rss);
    } catch {
      // the process ended between the listing and the read
    }
  }
  return { total, byName };
}
