import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn the built binary; `npm test` builds first (pretest).
    testTimeout: 20_000,
  },
});
