// Builds the Excel add-in and the browser preview into dist/:
//   taskpane.html (+ functions.js, taskpane.js)  the task pane, also the shared runtime's page
//   functions.js                                 custom functions (the manifest's Script)
//   scale-texts.js                               the scale's verbatim texts, loaded on first use by functions.js
//                                                and the pane (src/core/scale/registry.ts, loadScaleTexts)
//   inputs.js, report.js, consensus.js           pane views loaded on first use (src/ui/app.ts, lazy())
//   functions.json, functions-en.json            custom-functions metadata, generated from the core's table
//   preview.html (+ preview.js)                  the pane next to an in-memory workbook, no Office.js
//   manifest.xml, assets/icon-*.png                 <Version> from package.json (0.1.0 → 0.1.0.0)
//   privacy.html, support.html                      linked from the manifest (manifest/pages/)
//   guide.*.html, functions.*.html, images/         the user guide and function reference (docs/), linked from support.html
//
//   webpack --mode production    URLs in manifest.xml rewritten to IPS_ADDIN_BASE_URL (https, ending in "/");
//                                then no emitted file may mention localhost (LocalhostGuardPlugin).
//                                npm run package -- --base-url … builds this and zips it (scripts/package-addin.mjs).
//   webpack serve --mode development   https://localhost:3000 with the certificate from scripts/dev-cert.mjs
//
// Type checking is separate (`tsc -p . --noEmit`): ts-loader only transpiles.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import {
  buildManifest,
  DEV_BASE_URL,
  isLocalBaseUrl,
  LocalhostGuardPlugin,
  packageVersion,
  productionBaseUrl,
  rewriteManifest,
} from './scripts/addin-manifest.mjs';
import { versionDefine } from './scripts/app-version.mjs';
import { FunctionsMetadataPlugin } from './scripts/generate-functions-metadata.mjs';
import { renderPage, SHIPPED_DOCS } from './scripts/markdown.mjs';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
export { DEV_BASE_URL, productionBaseUrl, rewriteManifest };
export const DEV_PORT = 3000;
/** The dev server's port: 3000, or IPS_DEV_PORT (bench/start.mjs uses another, to leave a running npm start alone). */
const devPort = () => Number(process.env.IPS_DEV_PORT) || DEV_PORT;
const CERT_DIR = path.join(ROOT, '.cert');

function requireFile(relative, why) {
  if (!existsSync(path.join(ROOT, relative))) {
    throw new Error(`webpack.config.js: ${relative} is missing (${why}). The add-in build needs it.`);
  }
  return `./${relative}`;
}

function httpsOptions() {
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const missing = Object.values(files).filter((file) => !existsSync(path.join(CERT_DIR, file)));
  if (missing.length > 0) {
    throw new Error(
      `the dev server needs .cert/${missing.join(', .cert/')}: run \`node scripts/dev-cert.mjs\` (npm start does)`,
    );
  }
  return Object.fromEntries(Object.entries(files).map(([key, file]) => [key, readFileSync(path.join(CERT_DIR, file))]));
}

function printStartHelp(baseUrl) {
  const lines = [
    '',
    'IPS Fidelity dev server',
    `  Task pane:  ${baseUrl}taskpane.html`,
    `  Preview:    ${baseUrl}preview.html   (the pane with an in-memory workbook, any browser)`,
    `  Functions:  ${baseUrl}functions.json`,
    '',
    'Sideload the add-in (manifest: manifest/manifest.xml):',
    '  Excel on the web: open a workbook > Home > Add-ins (or Insert > Add-ins) > More Add-ins / Get Add-ins >',
    '                    My Add-ins > Upload My Add-in > choose manifest/manifest.xml.',
    '  Excel on Windows: put manifest.xml in a shared folder, add that folder as a Trusted Add-in Catalog',
    '                    (File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs,',
    '                    "Show in Menu"), restart Excel, then Insert > My Add-ins > Shared Folder.',
    '  Excel on Mac:     copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/',
    '                    and restart Excel; the add-in is under Insert > My Add-ins.',
    '',
    `The certificate is signed by a local CA: trust ${path.join(CERT_DIR, 'ca.crt')} once`,
    '  (node scripts/dev-cert.mjs prints the command for this system).',
    '',
  ];
  console.log(lines.join('\n'));
}

export default (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = production ? productionBaseUrl() : undefined;
  if (production && !baseUrl) {
    console.warn(
      'webpack: IPS_ADDIN_BASE_URL is not set; dist/manifest.xml keeps https://localhost:3000/ URLs.\n' +
        '  For a deployment: npm run package -- --base-url https://your.host/path/ (see docs/deploy.en.md).',
    );
  }
  const outDir = path.resolve(ROOT, process.env.IPS_ADDIN_OUT_DIR || 'dist');
  const version = packageVersion(ROOT);

  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    target: ['web', 'es2020'],
    // Not eval-source-map: evaluating 1 MB of modules as eval() strings with inline maps kept the
    // preview ~5 s from interactive; a separate map costs the page nothing until devtools open it.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    // `npm start` again builds from what the last start left (unchanged modules are not compiled
    // again). In the worktree, not node_modules/.cache (node_modules may be shared).
    cache: serving
      ? {
          type: 'filesystem',
          cacheDirectory: path.join(ROOT, '.cache', 'webpack'),
          buildDependencies: { config: [fileURLToPath(import.meta.url)] },
          // Stored as soon as the first build is done, not after a minute of idling.
          idleTimeoutForInitialStore: 0,
        }
      : false,
    entry: {
      functions: requireFile('src/excel/functions.ts', 'the custom functions'),
      // The pane page loads functions.js first (it is the shared runtime's page), so the pane's bundle
      // reuses the core modules in it instead of carrying a second copy.
      taskpane: { import: requireFile('src/excel/taskpane.ts', 'the task pane'), dependOn: 'functions' },
      preview: requireFile('src/preview/main.ts', 'the browser preview, written with src/preview/preview.html'),
    },
    output: {
      path: outDir,
      filename: '[name].js',
      // The async chunks of the pane's lazily loaded views, fetched from the same folder as the page.
      chunkFilename: '[name].js',
      publicPath: '',
      // Not cleaned: dist/ also holds the Apps Script and core builds.
      clean: false,
    },
    // In development too, modules whose exports nothing uses are left out (production does this
    // anyway): zod, whose schemas only the Node library reads (src/core/review/model.ts marks them
    // pure), was a fifth of the preview's script, compiled on every load of the page.
    optimization: production
      ? undefined
      : { usedExports: true, innerGraph: true, sideEffects: true, concatenateModules: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, 'tsconfig.json'),
              compilerOptions: { noEmit: false, sourceMap: true, module: 'esnext', target: 'es2020' },
            },
          },
        },
      ],
    },
    plugins: [
      // package.json's version as __IPS_VERSION__ (src/ui/app-version.ts): no bundle imports package.json.
      new webpack.DefinePlugin(versionDefine(ROOT)),
      new FunctionsMetadataPlugin({ root: ROOT }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: requireFile('src/excel/taskpane.html', 'the task pane page'),
        // functions first: the shared runtime associates the custom functions before the pane starts.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: requireFile('src/preview/preview.html', 'the preview page'),
        chunks: ['preview'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The privacy statement and support page the manifest links to (SupportUrl, GetStarted).
          { from: 'manifest/pages/*.html', to: '[name][ext]' },
          // The user guide and the function reference as pages, linked from support.html, with their pictures.
          ...SHIPPED_DOCS.map((file) => ({
            from: `docs/${file}`,
            to: file.replace(/\.md$/, '.html'),
            transform: (content) => renderPage(content.toString('utf8'), { file, shipped: SHIPPED_DOCS }),
          })),
          { from: 'docs/images/*.png', to: 'images/[name][ext]' },
          {
            from: 'manifest/manifest.xml',
            to: 'manifest.xml',
            transform: (content) => buildManifest(content.toString('utf8'), { baseUrl, version }),
          },
        ],
      }),
      // A deployment build must not send Excel to the user's own machine for any file.
      ...(baseUrl && !isLocalBaseUrl(baseUrl) ? [new LocalhostGuardPlugin({ baseUrl })] : []),
    ],
    // Regression guards for what Excel loads (the preview is a developer page); the pane page loads
    // functions.js + taskpane.js. Size budgets with the aims: bench/budgets.mjs. taskpane.js is
    // 336 KiB raw (110 KB gzip, budget 150): the functions' help moved here from functions.js,
    // which the custom functions load on every recalculation (the pane loads both).
    performance: {
      hints: production ? 'warning' : false,
      maxAssetSize: 360 * 1024,
      maxEntrypointSize: 400 * 1024,
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('preview'),
    },
    stats: production ? 'normal' : 'minimal',
    devServer: serving
      ? {
          port: devPort(),
          host: 'localhost',
          server: { type: 'https', options: httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          // Served to this machine only: gzip on every request would cost more than it saves.
          compress: false,
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { errors: true, warnings: false } },
          devMiddleware: { writeToDisk: false },
          onListening: () => printStartHelp(DEV_BASE_URL),
        }
      : undefined,
  };
};
