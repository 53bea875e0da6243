import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn the built binary; `npm test` builds first (pretest).
    testTimeout: 20_000,
    // Two files at a time (vitest's default on two cores is one): a file that waits for the processes
    // it spawns (the README's shells, the concurrency writers, the package's npm) leaves the other
    // core to the next file. The pool stays `forks`: the command line run in process
    // (test/support/cli-in-process.ts) sets the process's environment, TZ and stdin, which threads share.
    maxWorkers: 2,
    // The files of a worker share one module graph (vitest's default gives each file its own, some
    // 0.3 s of imports a file): a third less CPU for the whole run. The tests leave no state behind
    // (the in-process command line restores the environment, TZ and stdin it sets; nothing is mocked).
    isolate: false,
  },
});
