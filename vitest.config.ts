import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/scale-texts.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
