// Runs Lighthouse (mobile, its default) on each page in a fresh headless Chromium, LH_RUNS times (default 3), and
// prints the four category scores of the run with the median performance score.
// Staff pages are opened signed in: the session the SPA keeps in sessionStorage ("wardhub.session") is put in place
// on the same origin first, then Lighthouse loads the page with a cold HTTP cache.
// Usage: node lighthouse.mjs BASE_URL REPORT_DIR PUBLIC_PATHS STAFF_PATHS  (paths comma-separated)
// Env: LH_MODULES (the node_modules holding lighthouse@12.2.3 and its puppeteer-core), CHROME_PATH, LH_SESSION (the
// session as JSON, for the staff pages).
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [base, reportDir, publicPaths, staffPaths] = process.argv.slice(2);
const modules = process.env.LH_MODULES;
const { default: lighthouse } = await import(
  pathToFileURL(`${modules}/lighthouse/core/index.js`).href
);
const { default: puppeteer } = await import(
  pathToFileURL(`${modules}/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js`)
    .href
);

const categories = ["performance", "accessibility", "best-practices", "seo"];
const pages = [
  ...publicPaths
    .split(",")
    .filter(Boolean)
    .map((path) => ({ path, staff: false })),
  ...(staffPaths ?? "")
    .split(",")
    .filter(Boolean)
    .map((path) => ({ path, staff: true })),
];

console.log(
  "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |",
);
console.log("|---|---|---|---|---|---|---|---|---|");
const findings = [];
let missed = false;
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 3));

/** One Lighthouse run of a page in a fresh browser: its result and report. */
async function measure(path, staff) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH,
    headless: false, // the flags below choose the new headless mode, as the lighthouse CLI's --chrome-flags would
    args: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    if (staff) {
      await page.goto(`${base}/favicon.svg`); // same origin, without loading the SPA
      await page.evaluate(
        (session) => sessionStorage.setItem("wardhub.session", session),
        process.env.LH_SESSION,
      );
    }
    const url = `${base}${path}`;
    // The storage reset clears the HTTP cache and local data but leaves sessionStorage, so staff stay signed in.
    const result = await lighthouse(
      url,
      { output: "json", logLevel: "error" },
      undefined,
      page,
    );
    if (
      new URL(result.lhr.finalDisplayedUrl).pathname !== new URL(url).pathname
    ) {
      throw new Error(
        `${path} ended at ${result.lhr.finalDisplayedUrl} (not signed in?)`,
      );
    }
    return result;
  } finally {
    await browser.close();
  }
}

const performanceOf = (lhr) => Math.round(lhr.categories.performance.score * 100);

// Lighthouse's scores vary from run to run (its advice: take the median of several); each page is run LH_RUNS times
// and the run with the median performance score is the one reported.
for (const { path, staff } of pages) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await measure(path, staff));
  results.sort((a, b) => performanceOf(a.lhr) - performanceOf(b.lhr));
  const { lhr, report } = results[Math.floor((results.length - 1) / 2)];
  writeFileSync(`${reportDir}/${path.replace(/\W+/g, "_") || "_"}.json`, report);
  const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
  const metric = (id) => lhr.audits[id].displayValue ?? "";
  const spread =
    results.length > 1
      ? ` (runs: ${results.map((r) => performanceOf(r.lhr)).join(", ")})`
      : "";
  console.log(
    `| ${path}${staff ? " (staff)" : ""} | ${score("performance")}${spread} | ` +
      `${categories.slice(1).map(score).join(" | ")} | ` +
      `${[
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "cumulative-layout-shift",
      ]
        .map(metric)
        .join(" | ")} |`,
  );
  if (score("performance") < 90 || (!staff && score("accessibility") < 100))
    missed = true;
  for (const id of categories) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      const failing =
        audit.score !== null &&
        audit.score < 0.9 &&
        audit.scoreDisplayMode !== "informative";
      if (
        failing &&
        (id !== "performance" ||
          ref.weight > 0 ||
          audit.details?.type === "opportunity")
      ) {
        findings.push(
          `${path}: [${id}] ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`,
        );
      }
    }
  }
}
if (findings.length)
  console.log(
    `\nWhat Lighthouse found:\n${[...new Set(findings)].map((f) => `- ${f}`).join("\n")}`,
  );
console.log(
  missed
    ? "\nBelow target: performance ≥ 90 everywhere, accessibility 100 on the public pages."
    : "\nAll targets met.",
);
process.exitCode = missed ? 1 : 0;
