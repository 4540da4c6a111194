// Drives the dashboard in Chromium as a user would: a spec with errors shows them inline, a valid
// one starts a run, the chart grows, pause holds it, resume lets it go on, cancel ends it.
// Usage: node dashboard.mjs BASE_URL SCREENSHOT_PATH   (DashboardBrowserTest runs it)
import { chromium } from "playwright-core";

const [base, screenshot] = process.argv.slice(2);
const fail = (message) => {
  throw new Error(message);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(90_000);
  const foreign = [];
  const pageErrors = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(base)) foreign.push(r.url());
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));

  await page.goto(`${base}/`);
  await page.waitForSelector("#runs");
  await page.click("#new-run-link");
  await page.waitForSelector("#spec");
  const spec = await page.inputValue("#spec");

  // A spec with errors: every error with its path, beside the form, and nothing starts.
  await page.fill("#spec", spec.replace("name: sentiment-sim", 'name: "has spaces"').replace("type: opro", "type: oprah"));
  await page.click("#start");
  await page.waitForSelector("#spec-errors li");
  const errors = await page.textContent("#spec-errors");
  if (!errors.includes("name") || !errors.includes("strategy.type")) fail(`errors shown: ${errors}`);
  console.log(`inline errors: ${errors.replace(/\s+/g, " ").slice(0, 200)}`);

  // A valid spec, long enough to watch.
  await page.fill("#spec", spec.replace("name: sentiment-sim", "name: browser-run").replace("generations: 8", "generations: 80"));
  await page.click("#start");
  await page.waitForURL(/#\/runs\//);
  const runId = decodeURIComponent(page.url().split("#/runs/")[1]);
  console.log(`started ${runId}`);

  const generations = async () => Number(await page.getAttribute("#chart", "data-generations"));
  const growsPast = (n) =>
    page.waitForFunction((g) => Number(document.querySelector("#chart").dataset.generations) > g, n);
  const statusIs = (s) =>
    page.waitForFunction((want) => document.querySelector("#facts .status")?.textContent === want, s);

  await growsPast(1);
  const before = await generations();
  await growsPast(before);
  if (!(await page.$("#chart canvas"))) fail("no chart drawn");
  console.log(`chart grew from ${before} to ${await generations()} generations`);

  await page.click("#pause");
  await statusIs("PAUSED");
  const paused = await generations();
  await page.waitForTimeout(5000);
  const later = await generations();
  // The generation in flight when the pause came may still be recorded; no later one.
  if (later > paused + 1) fail(`paused at ${paused} generations, but ${later} after 5 s`);
  console.log(`paused at ${paused}, ${later} after 5 s`);

  await page.click("#resume");
  await growsPast(later);
  console.log(`resumed: ${await generations()} generations`);
  await page.waitForSelector("#leaderboard tbody tr");
  await page.waitForSelector("#lineage li");
  await page.screenshot({ path: screenshot, fullPage: true });

  await page.click("#cancel");
  await statusIs("CANCELLED");

  await page.goto(`${base}/#/`);
  await page.waitForSelector(`tr[data-run="${runId}"]`);
  if (foreign.length) fail(`requests left the API's origin: ${foreign.join(", ")}`);
  if (pageErrors.length) fail(`page errors: ${pageErrors.join("; ")}`);
  console.log("dashboard: ok");
} finally {
  await browser.close();
}
