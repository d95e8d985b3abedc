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
// a page answered with a 4xx status on purpose (not found, a form with errors) is reported by the
// browser as a failed load of the page itself: not a fault of the page; its status is checked
page.on("console", (message) => {
  const own = message.text().startsWith("Failed to load resource") && message.location().url.split("#")[0] === page.url().split("#")[0];
  if (message.type() === "error" && !own) consoleErrors.push(`${message.text()} (${message.location().url})`);
});
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
  check(/\/(prosjekter|publikasjoner|erfaringsrapporter|tilbud|nettverk|arrangementer)\//.test(page.url()), "a hit opens a record page");
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

  // the competence network: filters narrow the organisations found, each opens a profile
  await page.goto(base + "/kompetansenettverk");
  const actors = async () => page.locator(".kb-hit").count();
  const everyone = await actors();
  check(everyone > 0, "the competence network lists organisations and people");
  await audit("competence");
  await Promise.all([
    page.waitForURL(/region=oslo/),
    page.selectOption("#competence-region", "oslo").then(() => page.click("form[method=get] button")),
  ]);
  check((await actors()) > 0 && (await actors()) < everyone, "a region narrows the competence network");
  await Promise.all([page.waitForLoadState("load"), page.locator(".kb-hit a").first().click()]);
  check(page.url().includes("/organisasjoner/"), "an organisation opens its profile");
  const orgLd = JSON.parse(await page.locator("script[type='application/ld+json']").textContent());
  check(orgLd["@type"] === "Organization", "the profile has Organization JSON-LD");
  await audit("organisation");

  // events: the calendar, an upcoming event with its programme, signing up without JavaScript
  await page.goto(base + "/arrangementer");
  check((await page.locator("a[href$='.ics'], a[href='/api/v1/calendar']").count()) > 0, "the calendar can be subscribed to");
  await audit("calendar");
  await Promise.all([page.waitForLoadState("load"), page.locator(".kb-hit a").first().click()]);
  const eventLd = JSON.parse(await page.locator("script[type='application/ld+json']").textContent());
  check(eventLd["@type"] === "Event" && Boolean(eventLd.startDate), "the event page has Event JSON-LD with a start");
  check((await page.locator(".kb-programme li").count()) > 0, "the upcoming event shows its programme");
  await audit("event");
  const eventUrl = page.url();
  await page.fill("#reg-name", "Nettleser Testesen");
  await page.fill("#reg-email", "nettleser@example.no");
  await page.selectOption("#reg-sector", "health");
  await Promise.all([page.waitForURL(/\/pamelding\//), page.click("form[action='/pamelding'] button")]);
  check((await page.textContent("[role=status]")).includes("påmeldt"), "signing up confirms the registration");
  await audit("registration");
  await Promise.all([page.waitForLoadState("load"), page.click("main form button")]);
  check((await page.textContent("[role=status]")).includes("avmeldt"), "the registration can be cancelled");
  await page.goto(eventUrl);
  check((await page.textContent("main")).includes("0 påmeldt"), "the cancelled sign-up is not counted");

  // a network with members by region and its history; a programme; a person
  await page.goto(base + "/sok?type=network&q=kjernenettverket");
  await Promise.all([page.waitForLoadState("load"), page.locator(".kb-hit a").first().click()]);
  check((await page.locator("#members-heading").count()) === 1, "the network page lists its members");
  check((await page.locator("#former-heading").count()) === 1, "the network page keeps former members");
  await audit("network");
  await page.goto(base + "/sok?type=programme");
  await Promise.all([page.waitForLoadState("load"), page.locator(".kb-hit a").first().click()]);
  const programmeLd = JSON.parse(await page.locator("script[type='application/ld+json']").textContent());
  check(programmeLd["@type"] === "EducationalOccupationalProgram", "the programme page has its JSON-LD");
  await audit("programme");
  const person = page.locator("a[href^='/personer/']").first();
  await page.goto(base + "/sok?q=IPS");
  await Promise.all([page.waitForLoadState("load"), page.locator(".kb-hit a").first().click()]);
  if ((await person.count()) > 0) {
    await Promise.all([page.waitForLoadState("load"), person.click()]);
    check(page.url().includes("/personer/"), "a named person opens their page");
    await audit("person");
  }

  // a theme collection, when there is one
  await page.goto(base + "/");
  const theme = page.locator("a[href^='/tema/']").first();
  if ((await theme.count()) > 0) {
    await Promise.all([page.waitForLoadState("load"), theme.click()]);
    await audit("theme");
  }

  // not found
  const missing = await page.goto(base + "/prosjekter/finnes-ikke");
  check(missing.status() === 404, "an unknown record is 404");
  await audit("not-found");

  // a 360 px wide screen: no sideways scrolling, the search still works
  await page.setViewportSize({ width: 360, height: 780 });
  for (const path of ["/", "/sok?q=helse", "/kunnskapskart", "/arrangementer", "/kompetansenettverk"]) {
    await page.goto(base + path);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    // the map scrolls inside its own region, not the page
    check(wide <= 360, `${path} fits 360 px (scrollWidth ${wide})`);
  }
  await page.goto(base + "/sok?q=helse");
  await page.screenshot({ path: join(shots, "search-360.png"), fullPage: true });

  // a researcher registers a project with a PDF and submits it; an editor publishes it; it is
  // then in search and on the gap map
  const [researcher, researcherPassword] = (process.env.KB_RESEARCHER ?? ":").split(":");
  const [editor, editorPassword] = (process.env.KB_EDITOR ?? ":").split(":");
  const pdf = process.env.KB_PDF;
  const word = "fjordkompetanse" + Date.now().toString(36);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(base + "/logg-inn");
  await audit("signin");
  await page.fill("#username", researcher);
  await page.fill("#password", "wrong-password");
  await Promise.all([page.waitForLoadState("load"), page.click("form[action='/logg-inn'] button")]);
  check((await page.locator("[role=alert]").count()) === 1, "a wrong password is told");
  await page.fill("#password", researcherPassword);
  await Promise.all([page.waitForURL(/\/mine$/), page.click("form[action='/logg-inn'] button")]);
  await audit("mine");
  await Promise.all([page.waitForURL(/\/mine\/ny/), page.click("a[href='/mine/ny?type=project']")]);
  await Promise.all([page.waitForLoadState("load"), page.click("form[novalidate] button[type=submit]")]);
  check((await page.locator(".ds-error-summary").count()) === 1, "missing fields are summarised");
  check((await page.locator("#title-error").count()) === 1, "the message stands next to the field");
  await audit("form-errors");
  await page.fill("#title", `Arbeidsretta tiltak i ${word}`);
  await page.fill("#summary", `Eit prosjekt om ${word} og jobbstøtte.`);
  await page.selectOption("#status", "ongoing");
  await page.check("input[name=sectors][value=health]");
  await page.check("input[name=levelsOfCare][value=primary-care]");
  await page.check("input[name=topics][value=ips]");
  await Promise.all([page.waitForURL(/melding=created/), page.click("form[novalidate] button[type=submit]")]);
  await page.setInputFiles("#file", pdf);
  await Promise.all([page.waitForURL(/melding=uploaded/), page.click("form[data-upload] button")]);
  check((await page.locator("a[href^='/api/v1/documents/']").count()) === 1, "the uploaded document is listed");
  await audit("edit");
  await Promise.all([page.waitForURL(/melding=submit/), page.click("form:has(input[value=submit]) button")]);
  await Promise.all([page.waitForURL(base + "/"), page.click("form[action='/logg-ut'] button")]);

  await page.goto(base + "/logg-inn?returnTo=/redaksjon");
  await page.fill("#username", editor);
  await page.fill("#password", editorPassword);
  await Promise.all([page.waitForURL(/\/redaksjon/), page.click("form[action='/logg-inn'] button")]);
  await audit("editor");
  const card = page.locator(".ds-card", { hasText: word });
  check((await card.count()) === 1, "the submitted project waits in the editors' queue");
  await Promise.all([page.waitForURL(/melding=publish/), card.locator("input[value=publish] ~ button").click()]);

  // the editor features it
  const published = page.url();
  await page.goto(base + "/redaksjon/utvalgt");
  await audit("curation");
  const recordUrl = await (async () => {
    await page.goto(base + "/sok?q=" + word);
    return page.locator(".kb-hit a").first().getAttribute("href");
  })().catch(() => null);
  await page.goto(base + "/redaksjon/utvalgt");
  if (recordUrl) {
    await page.fill("#itemId", base + recordUrl);
    await page.fill("#teaser", `Nytt om ${word}`);
    await Promise.all([page.waitForURL(/melding=feature/), page.click("input[value=feature] ~ fieldset button")]);
    await page.goto(base + "/");
    check((await page.textContent("main")).includes(`Nytt om ${word}`), "the featured record is on the front page");
  }
  check(published.includes("melding=publish"), "the editor published");

  // the editor manages a network's members through its page: adds one, then ends it (kept)
  await page.goto(base + "/sok?type=network&q=ressursgruppa");
  await Promise.all([page.waitForLoadState("load"), page.locator(".kb-hit a").first().click()]);
  const networkPage = page.url().split("?")[0];
  await audit("network-editor");
  await page.selectOption("#member-organisation", { label: "Nav Fjordvik" });
  await page.fill("#member-from", "2024-01-01");
  await Promise.all([page.waitForURL(/melding=added/), page.click("form:has(input[value=add]) button")]);
  const added = page.locator("#members-heading ~ ul li", { hasText: "Nav Fjordvik" });
  check((await added.count()) === 1, "the added member is listed among the current members");
  await Promise.all([page.waitForURL(/melding=ended/), added.locator("button").click()]);
  check(
    (await page.locator("#former-heading ~ ul li", { hasText: "Nav Fjordvik" }).count()) === 1,
    "an ended membership moves to the former members",
  );
  check(page.url().startsWith(networkPage), "the forms lead back to the network's page");

  let found = 0;
  for (let i = 0; i < 20 && found === 0; i++) {
    await page.goto(base + "/sok?q=" + word);
    found = await total();
    if (found === 0) await page.waitForTimeout(100);
  }
  check(found === 1, `the published project is found in search (${found})`);

  // the editor adds a term to the search vocabulary: search uses it at once
  const alias = "ordlisteord" + Date.now().toString(36);
  await page.goto(base + "/redaksjon/ordliste");
  await page.fill("#add-terms", "bare ett ord");
  await Promise.all([page.waitForLoadState("load"), page.click("input[value=add] ~ fieldset button")]);
  check((await page.locator("#add-terms-error").count()) === 1, "an entry of one term is refused next to the field");
  await audit("vocabulary-errors");
  await page.fill("#add-terms", `${alias}\n${word}`);
  await Promise.all([page.waitForURL(/melding=add/), page.click("input[value=add] ~ fieldset button")]);
  check((await page.textContent("main")).includes(alias), "the new vocabulary entry is listed");
  await audit("vocabulary");
  let viaAlias = 0;
  for (let i = 0; i < 20 && viaAlias === 0; i++) {
    await page.goto(base + "/sok?q=" + alias);
    viaAlias = await total();
    if (viaAlias === 0) await page.waitForTimeout(100);
  }
  check(viaAlias === 1, `the new vocabulary term finds the project (${viaAlias})`);
  await page.goto(base + "/kunnskapskart");
  const mapped = Number(await page.locator("a[href*='topic=ips'][href*='level=primary-care']").first().textContent());
  check(mapped >= 1, `the gap map counts it (${mapped})`);

  // the administrator's page
  const [admin, adminPassword] = (process.env.KB_ADMIN ?? ":").split(":");
  await Promise.all([page.waitForURL(base + "/"), page.click("form[action='/logg-ut'] button")]);
  await page.goto(base + "/logg-inn?returnTo=/admin/brukere");
  await page.fill("#username", admin);
  await page.fill("#password", adminPassword);
  await Promise.all([page.waitForURL(base + "/admin/brukere"), page.click("form[action='/logg-inn'] button")]);
  check((await page.locator("table tbody tr").count()) >= 3, "the administrator sees the accounts");
  await audit("users");

  // zoomed to 400 %: a 1280 px window is 320 CSS px wide
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", "/sok?q=arbeid", "/mine"]) {
    await page.goto(base + path);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    check(wide <= 320, `${path} at 400 % zoom needs no sideways scrolling (scrollWidth ${wide})`);
  }

  check(consoleErrors.length === 0, `no errors in the browser console: ${consoleErrors.join(" | ")}`);
} catch (error) {
  fail(`the browser test stopped: ${error.stack ?? error}`);
} finally {
  await browser.close();
}

console.log(JSON.stringify(report, null, 2));
process.exit(report.failures.length === 0 ? 0 : 1);
