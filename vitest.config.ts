import { defineConfig } from 'vitest/config';

// Unit and component tests; Playwright journeys live in tests/e2e and run separately.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/app/**/*.test.tsx', 'tests/app/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
