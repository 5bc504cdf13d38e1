import { defineConfig } from '@playwright/test';

/**
 * E2E journeys against the PRODUCTION build (vite build + vite preview), in
 * Debian's Chromium — `npx playwright install` is never needed. WebGL runs on
 * SwiftShader, hence the flags. One worker: MapLibre on a software GPU is
 * CPU-bound, and parallel maps make timings and idle waits flaky.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * E2E_PORT lets engineers run suites side by side: each port gets its own build folder and
 * server, so one run never tests another's half-finished bundle.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = PORT === 4173 ? 'dist' : `.e2e-dist/${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Per port too: a parallel run must not delete another run's traces.
  outputDir: PORT === 4173 ? 'test-results' : `test-results/${PORT}`,
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // Data first (the build copies public/data), then the real bundle.
    command: `npm run data && npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
