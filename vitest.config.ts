import { defineConfig } from 'vitest/config';
import { versionDefine } from './scripts/app-version.mjs';

export default defineConfig({
  // package.json's version as __IPS_VERSION__ (src/ui/app-version.ts), as the builds put it in.
  define: versionDefine(),
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/scale-texts.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
