import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects in one run, so one report counts every test: `unit` (logic, DOM readers against
// the fixtures, React components), `e2e` (the built extension in real Chromium) and `e2e-firefox`
// (the Firefox build in a real Firefox: the user paths of tests/e2e/both/, which `e2e` runs too,
// and what only Firefox does, tests/e2e/firefox/).
const browserTests = {
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // A shared CI machine can take seconds to load a frame: waits for a state get room.
  expect: { poll: { timeout: 15_000 } },
  // Each file drives its own browser (400 to 600 MB): two at a time fit two cores.
  maxWorkers: 2,
} as const;
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
          exclude: ['tests/e2e/firefox/**'],
          ...browserTests,
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e/both/**/*.test.ts', 'tests/e2e/firefox/**/*.test.ts'],
          env: { LEEWAY_BROWSER: 'firefox' },
          ...browserTests,
        },
      },
    ],
  },
});
