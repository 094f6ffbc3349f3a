import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // The build and browser suites share dist-like scratch folders and a port: run files one by one.
    fileParallelism: false,
  },
});
