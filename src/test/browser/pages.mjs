// Browser test of the web pages: Debian's Chromium driven by playwright-core, every page type
// checked with axe-core (WCAG 2.1 A/AA rules), screenshots saved. Run by WebPagesIT:
//   node src/test/browser/pages.mjs <base url> <screenshot dir>
// Prints one JSON report on stdout; exits non-zero when a check fails.
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [base, shots] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
mkdirSync(shots, { recursive: true });

const report = { pages: [], failures: [] };
const fail = (what) => report.failures.push(what);
const check = (condition, what) => condition || fail(what);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-dev-shm-usage"],
});
// axe is injected as a script: let it past the site's content security policy
const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const consoleErrors = [];
page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
page.on("pageerror", (error) => consoleErrors.push(String(error)));

async function audit(name) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  report.pages.push({ name, url: page.url(), violations, passes: result.passes.length });
  check(violations.length === 0, `${name}: axe violations ${JSON.stringify(violations)}`);
}

try {
  // front page, and the skip link is the first thing the keyboard reaches
  await page.goto(base + "/");
  check((await page.getAttribute("html", "lang")) === "nb", "front page lang is nb");
  await page.keyboard.press("Tab");
  check(
    (await page.evaluate(() => document.activeElement?.className)) === "ds-skip-link",
    "the first Tab reaches the skip link",
  );
  await audit("front");

  // search from the front page
  await page.fill("#q", "arbeid");
  await Promise.all([page.waitForURL(/\/sok\?/), page.press("#q", "Enter")]);
  const total = async () => Number((await page.textContent("[role=status]")).replace(/\D/g, ""));
  const all = await total();
  check(all > 0, "searching 'arbeid' finds records");
  check((await page.locator(".kb-hit mark").count()) > 0, "snippets highlight the words");
  await audit("search");

  // a filter narrows the results and lands in the URL; back restores the search
  const before = page.url();
  const box = page.locator(".kb-facets input[name=sector]").first();
  await Promise.all([page.waitForURL(/sector=/), box.check()]);
  const filtered = await total();
  check(filtered > 0 && filtered <= all, `a sector filter narrows (${filtered} of ${all})`);
  check(page.url().includes("q=arbeid"), "the filtered URL keeps the words");
  await page.goBack();
  await page.waitForURL(before);
  check((await total()) === all, "the back button returns to the unfiltered search");

  // open a record
  await Promise.all([page.waitForLoadState("load"), page.locator(".kb-hit a").first().click()]);
  check(/\/(prosjekter|publikasjoner|erfaringsrapporter)\//.test(page.url()), "a hit opens a record page");
  const jsonLd = await page.locator("script[type='application/ld+json']").textContent();
  check(JSON.parse(jsonLd)["@context"] === "https://schema.org", "the record page has schema.org JSON-LD");
  check((await page.locator("meta[property='og:title']").count()) === 1, "the record page has Open Graph tags");
  await audit("record");

  // switch language
  await Promise.all([page.waitForLoadState("load"), page.click("text=English")]);
  check((await page.getAttribute("html", "lang")) === "en", "the switch gives English");
  check((await page.textContent("nav")).includes("Search"), "English navigation");
  await audit("record-en");
  await page.goto(base + "/?lang=nb");

  // the evidence and gap map
  await page.goto(base + "/kunnskapskart");
  const cells = await page.locator(".kb-map td").count();
  check(cells > 0, "the map has cells");
  check((await page.locator(".kb-map td.kb-empty").count()) > 0, "empty cells are shown");
  await audit("gapmap");
  const cell = page.locator(".kb-map td:not(.kb-empty) a").first();
  await Promise.all([page.waitForURL(/\/sok\?/), cell.click()]);
  check(/topic=/.test(page.url()) && /level=/.test(page.url()), "a cell links to its search");
  check((await total()) > 0, "a non-empty cell's search finds records");

  // a theme collection, when there is one
  await page.goto(base + "/");
  const theme = page.locator("a[href^='/tema/']").first();
  if ((await theme.count()) > 0) {
    await Promise.all([page.waitForLoadState("load"), theme.click()]);
    await audit("theme");
  }

  // not found (the browser reports the 404 itself on the console: not an error of the page)
  const seen = consoleErrors.length;
  const missing = await page.goto(base + "/prosjekter/finnes-ikke");
  check(missing.status() === 404, "an unknown record is 404");
  await audit("not-found");
  consoleErrors.splice(seen);

  // a 360 px wide screen: no sideways scrolling, the search still works
  await page.setViewportSize({ width: 360, height: 780 });
  for (const path of ["/", "/sok?q=helse", "/kunnskapskart"]) {
    await page.goto(base + path);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    // the map scrolls inside its own region, not the page
    check(wide <= 360, `${path} fits 360 px (scrollWidth ${wide})`);
  }
  await page.goto(base + "/sok?q=helse");
  await page.screenshot({ path: join(shots, "search-360.png"), fullPage: true });

  check(consoleErrors.length === 0, `no errors in the browser console: ${consoleErrors.join(" | ")}`);
} catch (error) {
  fail(`the browser test stopped: ${error.stack ?? error}`);
} finally {
  await browser.close();
}

console.log(JSON.stringify(report, null, 2));
process.exit(report.failures.length === 0 ? 0 : 1);
