// Runs axe-core (WCAG 2.1 A and AA rules) in Debian's Chromium on every page of
// a built site; the front page, a package page, a program page, a story page, a
// topic page, a tag page and a free page must be among them. Exits 1 on any
// violation, and prints each one with the elements it found, so the fix can
// start from the output.
//
// Usage: node tests/web/axe.mjs <built site folder>   (the folder with index.html)
//
// The pages are served from a throw-away static server on 127.0.0.1, the way a
// visitor gets them, so styles, fonts and images load as they would online.

import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM = process.env.KLYNGE_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(p) {
  try { return (await stat(p)).isFile(); } catch { return false; }
}

async function subfolders(dir) {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

// The pages to check, as URL paths. A kind of page the site lacks is an error:
// the sample content is meant to have each of them.
async function choosePages(site) {
  const pages = [{ kind: 'front page', url: '/' }];
  const packages = await subfolders(path.join(site, 'pakker'));
  const pkg = packages.find(() => true);
  pages.push({ kind: 'package page', url: pkg ? `/pakker/${pkg}/` : null });
  let program = null;
  for (const slug of packages) {
    if (await isFile(path.join(site, 'pakker', slug, 'program', 'index.html'))) {
      program = `/pakker/${slug}/program/`;
      break;
    }
  }
  pages.push({ kind: 'program page', url: program });
  const stories = await subfolders(path.join(site, 'historier'));
  let story = null;
  for (const slug of stories) {
    if (await isFile(path.join(site, 'historier', slug, 'index.html'))) {
      story = `/historier/${slug}/`;
      break;
    }
  }
  pages.push({ kind: 'story page', url: story });
  const topics = await subfolders(path.join(site, 'emner'));
  pages.push({ kind: 'topic page', url: topics.length ? `/emner/${topics[0]}/` : null });
  const tags = await subfolders(path.join(site, 'emneord'));
  pages.push({ kind: 'tag page', url: tags.length ? `/emneord/${tags[0]}/` : null });
  // A free page (content/pages/) is any top folder the site does not fill itself.
  const own = new Set(['pakker', 'historier', 'soeg', 'static', 'emner', 'emneord']);
  const free = (await subfolders(site)).filter((name) => !own.has(name));
  pages.push({ kind: 'free page', url: free.length ? `/${free[0]}/` : null });
  // Then every other page: checking one costs well under a second.
  const seen = new Set(pages.map((p) => p.url));
  for (const file of await htmlFiles(site, '')) {
    const url = '/' + file.replace(/(^|\/)index\.html$/, '$1');
    if (!seen.has(url)) pages.push({ kind: 'page', url });
  }
  return pages;
}

// Every .html file under `dir`, relative to `site`, sorted.
async function htmlFiles(site, rel) {
  const out = [];
  const entries = await readdir(path.join(site, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await htmlFiles(site, child)));
    else if (e.name.endsWith('.html')) out.push(child);
  }
  return out;
}

// The site's base_url: the shortest <loc> of sitemap.xml (the front page), or
// null. Pages that must work at any depth (404.html) load their styles from it.
async function baseUrlOf(site) {
  let xml;
  try { xml = await readFile(path.join(site, 'sitemap.xml'), 'utf8'); } catch { return null; }
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim());
  if (locs.length === 0) return null;
  return locs.reduce((a, b) => (b.length < a.length ? b : a));
}

function serve(site) {
  const server = createServer(async (req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(site, path.normalize(rel));
    if (!file.startsWith(site + path.sep) || !(await isFile(file))) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    res.end(await readFile(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function describe(violation) {
  const lines = [
    `  [${violation.impact}] ${violation.id}: ${violation.help}`,
    `    ${violation.helpUrl}`,
  ];
  for (const node of violation.nodes) {
    lines.push(`    at ${node.target.join(' ')}`);
    lines.push(`       ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
    for (const summary of (node.failureSummary || '').split('\n').filter(Boolean)) {
      lines.push(`       ${summary.trim()}`);
    }
  }
  return lines.join('\n');
}

async function main() {
  if (process.argv.length !== 3) {
    console.error('usage: node tests/web/axe.mjs <built site folder>');
    process.exit(2);
  }
  const site = path.resolve(process.argv[2]);
  if (!(await isFile(path.join(site, 'index.html')))) {
    console.error(`axe: ${site}/index.html does not exist`);
    process.exit(1);
  }
  const pages = await choosePages(site);
  const server = await serve(site);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const axeSource = await readFile(AXE_SOURCE, 'utf8');
  let failures = 0;
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,  // axe is injected as an inline script
    });
    // Requests for the real site's address are answered from the built folder,
    // as the deployed site would answer them.
    const baseUrl = await baseUrlOf(site);
    if (baseUrl) {
      await context.route(`${baseUrl}**`, async (route) => {
        const basePath = new URL(baseUrl).pathname;
        const rest = new URL(route.request().url()).pathname.slice(basePath.length);
        const response = await fetch(`${origin}/${rest}`);
        await route.fulfill({
          status: response.status,
          headers: { 'content-type': response.headers.get('content-type') || 'text/plain' },
          body: Buffer.from(await response.arrayBuffer()),
        });
      });
    }
    for (const { kind, url } of pages) {
      if (!url) {
        console.log(`axe: FAIL ${kind}: the built site has none`);
        failures++;
        continue;
      }
      const page = await context.newPage();
      // A style sheet or image the page asks for and does not get changes what
      // axe sees (contrast, alt text), so a broken load fails the page too.
      const broken = [];
      page.on('response', (r) => {
        if (r.status() >= 400) broken.push(`${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => {
        // An HTTP error already counted above ends as ERR_ABORTED; report others.
        const why = r.failure()?.errorText || 'failed';
        if (why !== 'net::ERR_ABORTED') broken.push(`${why} ${r.url()}`);
      });
      const response = await page.goto(origin + url, { waitUntil: 'load' });
      if (!response || !response.ok()) {
        const status = response ? response.status() : 'no response';
        console.log(`axe: FAIL ${kind} ${url}: HTTP ${status}`);
        failures++;
        await page.close();
        continue;
      }
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(
        (tags) => window.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }),
        WCAG_TAGS);
      const count = result.violations.reduce((n, v) => n + v.nodes.length, 0);
      if (broken.length === 0 && result.violations.length === 0) {
        console.log(`axe: ok   ${kind} ${url} (${result.passes.length} rules passed)`);
      } else {
        failures++;
        console.log(`axe: FAIL ${kind} ${url}: ${result.violations.length} rule(s) violated at ` +
                    `${count} element(s), ${broken.length} resource(s) not loaded`);
        for (const b of broken) console.log(`  not loaded: ${b}`);
        for (const v of result.violations) console.log(describe(v));
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const clean = pages.length - failures;
  console.log(`axe: ${clean} of ${pages.length} pages without WCAG 2.1 AA violations`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(`axe: ${err.stack || err}`);
  process.exit(1);
});
