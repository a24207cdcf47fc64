// Builds the scoring core as one ES module (dist/core/ips-core.js) for Node and any JS host.
// It must stay free of DOM, Node and host APIs: platform "neutral" makes esbuild refuse Node built-ins.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { versionDefine } from './app-version.mjs';

await build({
  entryPoints: ['src/core/index.ts'],
  outfile: 'dist/core/ips-core.js',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  mainFields: ['module', 'main'],
  sourcemap: true,
  legalComments: 'none',
  // package.json's version as __IPS_VERSION__, should the core ever read it (it takes it as an argument today).
  define: versionDefine(),
  logLevel: 'warning',
});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.core.json'], { stdio: 'inherit' });
console.log('built dist/core/ips-core.js and type declarations in dist/core/types');
