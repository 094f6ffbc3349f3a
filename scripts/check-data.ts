/** Validate $PLAN_DATA_DIR (default data/): prints rows per file, or every problem in Chinese. */
import { runCheckData } from '../src/lib/data/check-command.ts';

process.exitCode = await runCheckData({
  env: process.env,
  cwd: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
