// How soon `trainkit serve` shows a saved change, as a trainer sees it in Chromium: the time
// from writing countries/UA.xml to the page showing the new text, for each view, over several
// saves (median and slowest). Beside it, what a trainer did before the preview: export the
// handout (PDF) and the SCORM package again, and open them. Run by hand, on a quiet machine:
//
//   node bench/serve_latency.mjs [SAVES]
//
// Environment (defaults for a tree built by ./test.sh): TRAINKIT (build/bin/trainkit),
// MODULES (build/tests/scorm-npm/node_modules: playwright-core), CHROMIUM (/usr/bin/chromium).
import { createRequire } from 'node:module';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const trainkit = process.env.TRAINKIT ?? path.join(root, 'build/bin/trainkit');
const modules = process.env.MODULES ?? path.join(root, 'build/tests/scorm-npm/node_modules');
const { chromium } = createRequire(path.join(modules, 'noop.js'))('playwright-core');
const saves = Number(process.argv[2] ?? 10);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'trainkit-serve-bench-'));
const curriculum = path.join(work, 'tiw');
fs.cpSync(path.join(root, 'curricula/trafficking-in-women'), curriculum, { recursive: true });
const file = path.join(curriculum, 'countries/UA.xml');
const original = fs.readFileSync(file, 'utf8');
const title = '<title>Закон в Україні</title>';

const server = spawn(trainkit, ['serve', curriculum, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
const origin = await new Promise((resolve) => {
  let said = '';
  server.stderr.on('data', (chunk) => {
    said += chunk;
    const found = said.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
    if (found) resolve(found[1]);
  });
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const generation = () => page.evaluate(() => Number(document.getElementById('view').dataset.generation || 0));

let counter = 0;
async function timeSaves(view, ready) {
  await page.goto(`${origin}/#program=UA%2Fpolice%2Fone-day&view=${view}`);
  await ready();
  const times = [];
  for (let i = 0; i < saves; i++) {
    const before = await generation();
    const started = process.hrtime.bigint();
    fs.writeFileSync(file, original.replace(title, `<title>Закон в Україні ${++counter}</title>`));
    await page.waitForFunction((g) => Number(document.getElementById('view').dataset.generation || 0) > g, before,
      { polling: 'raf', timeout: 20000 });
    await ready();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    await page.waitForTimeout(300);
  }
  return times;
}

function timeCommand(args) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    execFileSync(trainkit, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

const rows = [];
for (const [view, ready] of [
  ['participant', () => page.waitForSelector('main article.participant')],
  ['facilitator', () => page.waitForSelector('main article.facilitator')],
  ['scorm', async () => (await (await page.waitForSelector('iframe.player')).contentFrame())
    .waitForSelector('nav.contents a[data-page]')],
]) {
  const times = await timeSaves(view, ready);
  rows.push([`serve: a save shown in the ${view} view`, median(times), Math.max(...times)]);
}
await browser.close();
server.kill('SIGINT');
const program = [curriculum, '--country', 'UA', '--audience', 'police', '--allow-unchecked-facts'];
rows.push(['before: export handout-pdf', timeCommand(['export', ...program, '--format', 'handout-pdf', '-o',
  path.join(work, 'handout.pdf')]), null]);
rows.push(['before: export scorm12', timeCommand(['export', ...program, '--format', 'scorm12', '-o',
  path.join(work, 'course.zip')]), null]);
fs.rmSync(work, { recursive: true, force: true });

console.log(`${saves} saves per view; milliseconds`);
console.log('what'.padEnd(45) + 'median'.padStart(8) + 'slowest'.padStart(9));
for (const [what, middle, slowest] of rows) {
  console.log(what.padEnd(45) + middle.toFixed(0).padStart(8) + (slowest === null ? '' : slowest.toFixed(0).padStart(9)));
}
