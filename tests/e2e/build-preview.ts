/**
 * The preview page for end-to-end tests: dist/preview.html from the webpack build when present
 * and not older than the sources, otherwise src/preview/main.ts bundled with esbuild into a temp
 * directory next to a copy of src/preview/preview.html (the script tag added where
 * HtmlWebpackPlugin would inject it). Also a tiny node:http static server.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { versionDefine } from '../../scripts/app-version.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST_HTML = path.join(ROOT, 'dist', 'preview.html');

export interface PreviewBuild {
  /** Directory to serve. */
  readonly dir: string;
  /** The page's file name in dir. */
  readonly page: string;
  readonly source: 'dist' | 'esbuild';
  /** Minified size of the page's script, when built here. */
  readonly scriptBytes?: number;
  cleanup(): void;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Bundles an entry for the browser, minified, as the pane ships. */
export async function bundle(
  entry: string | { contents: string; resolveDir: string },
  outfile?: string,
): Promise<{ code: string; bytes: number }> {
  const result = await esbuild.build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    define: versionDefine(ROOT),
    write: false,
    logLevel: 'silent',
    ...(outfile ? { outfile } : { outfile: 'out.js' }),
  });
  const code = result.outputFiles[0]!.text;
  return { code, bytes: Buffer.byteLength(code) };
}

/** Minified size of the pane alone (mountApp with the core it uses), as every host ships it. */
export async function paneBundleBytes(): Promise<number> {
  const { bytes } = await bundle({ contents: "export { mountApp } from './src/ui/app';", resolveDir: ROOT });
  return bytes;
}

/**
 * The page to test. IPS_PREVIEW_DIR=<dir> tests a preview.html built elsewhere (e.g. webpack with
 * IPS_ADDIN_OUT_DIR); IPS_PREVIEW_FRESH=1 always bundles the sources with esbuild.
 */
export async function buildPreview(options: { fresh?: boolean } = {}): Promise<PreviewBuild> {
  const given = process.env['IPS_PREVIEW_DIR'];
  if (given) {
    if (!existsSync(path.join(given, 'preview.html'))) throw new Error(`IPS_PREVIEW_DIR=${given} has no preview.html`);
    return { dir: path.resolve(given), page: 'preview.html', source: 'dist', cleanup: () => undefined };
  }
  const fresh = options.fresh ?? process.env['IPS_PREVIEW_FRESH'] === '1';
  if (!fresh && existsSync(DIST_HTML) && statSync(DIST_HTML).mtimeMs >= newestSource(path.join(ROOT, 'src'))) {
    return { dir: path.dirname(DIST_HTML), page: 'preview.html', source: 'dist', cleanup: () => undefined };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'ips-preview-'));
  const { code, bytes } = await bundle(path.join(ROOT, 'src', 'preview', 'main.ts'), path.join(dir, 'preview.js'));
  writeFileSync(path.join(dir, 'preview.js'), code);
  const template = readFileSync(path.join(ROOT, 'src', 'preview', 'preview.html'), 'utf8');
  if (!template.includes('</head>')) throw new Error('src/preview/preview.html has no </head>');
  writeFileSync(
    path.join(dir, 'preview.html'),
    template.replace('</head>', '  <script defer src="preview.js"></script>\n  </head>'),
  );
  return {
    dir,
    page: 'preview.html',
    source: 'esbuild',
    scriptBytes: bytes,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export interface StaticServer {
  readonly url: string;
  /** Requests served, by path (to assert that the page fetches nothing from elsewhere). */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves a directory on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const root = path.resolve(dir);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(pathname);
    const file = path.resolve(root, '.' + pathname);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
