/**
 * The arguments `report:pdf` and `report:docx` share: `<year> [--lang en] [--out file]`. Prints the
 * usage in Chinese and exits 2 when no year is given.
 */
import path from 'node:path';

export interface ReportArgs {
  year: number;
  lang: 'zh' | 'en';
  /** Absolute path of the file to write (default report-<year>[-en].<ext> in the working folder). */
  out: string;
}

export function reportArgs(argv: readonly string[], ext: 'pdf' | 'docx'): ReportArgs {
  const year = argv.find((a) => /^\d{4}$/.test(a));
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const lang = flag('--lang') === 'en' ? 'en' : 'zh';
  if (!year) {
    console.error(
      `用法：npm run report:${ext} -- <年份> [--lang en] [--out 文件.${ext}]，例如 npm run report:${ext} -- 2027`,
    );
    process.exit(2);
  }
  const out = path.resolve(flag('--out') ?? `report-${year}${lang === 'en' ? '-en' : ''}.${ext}`);
  return { year: Number(year), lang, out };
}
