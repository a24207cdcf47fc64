// npm run bench, preview section: how long a developer waits. `npm start` (webpack serve) is run
// twice, each time until https://…/preview.html answers (the second start finds webpack's
// filesystem cache from the first); then headless Debian chromium opens the preview page, a fresh
// browser context each round, and reads when the pane became interactive (the page's
// 'ips-pane-interactive' performance mark, ms after navigation started). Wall-clock figures:
// compare runs on one machine. Each round also times a fixed piece of page work in the same browser
// (BASELINE_WORK: parse and run a script, build and lay out 2 000 elements), so a figure taken on a
// busy machine can be read against how slow the machine was then ("ratio to the baseline", the
// median of the per-round ratios). The server listens on IPS_DEV_PORT (default 3100 here, so that a
// developer's own npm start on 3000 is left alone).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const PORT = Number(process.env.IPS_DEV_PORT) || 3100;
const PAGE = `https://localhost:${PORT}/preview.html`;
const AIM_START_S = 10;
const AIM_INTERACTIVE_S = 1;
const ROUNDS = 5;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];

function answers(url) {
  return new Promise((resolve) => {
    const request = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

/** Starts what `npm start` starts; resolves with the seconds until the preview page answers. */
async function startServer() {
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/dev-cert.mjs'], { stdio: 'ignore' });
  const server = spawn(process.execPath, ['node_modules/webpack-cli/bin/cli.js', 'serve', '--mode', 'development'], {
    env: { ...process.env, IPS_DEV_PORT: String(PORT) },
    stdio: 'ignore',
    detached: true,
  });
  let exited = false;
  const gone = new Promise((resolve) => server.on('exit', resolve)).then(() => (exited = true));
  /** Stops the server (webpack stores its cache as it closes) and waits until it has exited. */
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    return gone;
  };
  while (!(await answers(PAGE))) {
    if (exited) throw new Error('webpack serve stopped before the preview answered');
    if (performance.now() - started > 300_000) {
      stop();
      throw new Error('the preview did not answer within 5 minutes');
    }
    await sleep(100);
  }
  return { seconds: (performance.now() - started) / 1000, stop, server };
}

/** A fixed page's work, the same in every round: what the machine's load does to a page, without our code. */
const BASELINE_WORK = `
  const started = performance.now();
  const numbers = Array.from({ length: 200000 }, (_, i) => (i * 7919) % 100003);
  numbers.sort((a, b) => a - b);
  const list = document.createElement('ul');
  for (let i = 0; i < 2000; i++) {
    const item = document.createElement('li');
    item.textContent = 'rad ' + numbers[i * 100];
    list.appendChild(item);
  }
  document.body.appendChild(list);
  void document.body.offsetHeight;
  window.baselineMs = performance.now() - started;`;

/** Seconds the baseline work takes in a fresh context of `browser`. */
async function baselineSeconds(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(`<!doctype html><body><script>${BASELINE_WORK}</script></body>`);
  const ms = await page.evaluate(() => globalThis.baselineMs);
  await context.close();
  return ms / 1000;
}

async function interactiveSeconds() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const rounds = [];
  const baselines = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      baselines.push(await baselineSeconds(browser));
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      await page.goto(PAGE);
      await page.waitForFunction(() => performance.getEntriesByName('ips-pane-interactive').length > 0, null, {
        timeout: 60_000,
      });
      rounds.push(await page.evaluate(() => performance.getEntriesByName('ips-pane-interactive')[0].startTime / 1000));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { rounds, baselines };
}

const ratio = (value, aim) => `${value.toFixed(2).padStart(6)} s   aim ≤ ${aim} s   ratio ${(value / aim).toFixed(2)}`;

if (!existsSync(CHROMIUM)) throw new Error(`Debian chromium is missing at ${CHROMIUM}`);
console.log(`\nnpm start and the preview (${PAGE})\n`);
const first = await startServer();
await first.stop();
console.log(`npm start, first start         ${first.seconds.toFixed(2).padStart(6)} s   (fills the cache)`);
const second = await startServer();
try {
  console.log(`npm start, second start        ${ratio(second.seconds, AIM_START_S)}`);
  const { rounds, baselines } = await interactiveSeconds();
  const sorted = [...rounds].sort((a, b) => a - b);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`  (rounds: ${rounds.map((s) => s.toFixed(2)).join(', ')} s)`);
  console.log(
    `  (baseline page work: ${baselines.map((s) => (1000 * s).toFixed(0)).join(', ')} ms; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
  );
  console.log(`preview interactive, 1st load  ${ratio(rounds[0], AIM_INTERACTIVE_S)}`);
  console.log(
    `preview interactive, median    ${ratio(sorted[Math.floor(sorted.length / 2)], AIM_INTERACTIVE_S)}   (${ROUNDS} fresh browser contexts)`,
  );
  console.log(
    `preview ÷ baseline, median     ${median(rounds.map((s, i) => s / baselines[i]))
      .toFixed(2)
      .padStart(6)}×  (compare runs by this on a busy machine)`,
  );
} finally {
  await second.stop();
}
