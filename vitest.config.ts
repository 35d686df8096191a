import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects in one run, so one report counts every test: `unit` (logic, DOM readers against
// the fixtures, React components) and `e2e` (the built extension in real Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A shared CI machine can take seconds to load a frame: waits for a state get room.
          expect: { poll: { timeout: 15_000 } },
          // Each file drives its own Chromium (about 400 MB); two at a time fit two cores.
          maxWorkers: 2,
        },
      },
    ],
  },
});
