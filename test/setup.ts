// Pin "now" and the time zone for every test: nothing may depend on the clock of the machine.
import { beforeAll, vi } from 'vitest';

process.env.TZ = 'Asia/Shanghai';
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T12:00:00+08:00') });
});
