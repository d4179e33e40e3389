// npm run build: check the evidence, build the site into a temporary folder, add the embed
// assets (embed.js, chart downloads, oEmbed), fix the page template, write sitemap.xml and
// robots.txt, and last the content security policy (it hashes the pages as they are then);
// only then replace the output folder — a failed build leaves no half-built site.
//
//   tsx scripts/build.ts [--out dist]      DATA_DIR=path picks another evidence folder
import { spawn } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { recordBuiltEvidence } from "../loaders/cli/build-snapshot.ts";
import { runDataCheck } from "../loaders/cli/data-check.ts";
import { dataDir } from "../loaders/data-dir.ts";
import { siteUrl } from "../loaders/embed/site-url.ts";
import { currentInvestigation } from "../loaders/site/investigation.ts";
import { inSiteLocale } from "../loaders/site/locale.ts";
import config from "../observablehq.config.ts";
import { localeFor } from "../src/shared/locale/locale.ts";
import { acquireBuildLock } from "./lib/build-lock.ts";
import { buildLogProblems } from "./lib/build-log.ts";
import { PhaseClock } from "./lib/build-phases.ts";
import { applyContentSecurityPolicy } from "./lib/content-security-policy.ts";
import { writeEmbedAssets } from "./lib/embed-assets.ts";
import { clearLoaderOutputs, seedNpmVersions } from "./lib/framework-cache.ts";
import { spliceSiteIslands } from "./lib/islands.ts";
import { fixNotFoundPage, postprocessSite } from "./lib/postprocess.ts";
import { prerenderLoaders } from "./lib/prerender.ts";
import { writeShareAssets } from "./lib/share-assets.ts";
import { writeSitemap } from "./lib/sitemap.ts";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

/** Runs `observable build`, echoing its log; resolves with the exit code and the whole log. */
function frameworkBuild(output: string, cpuReport: string): Promise<{ code: number; log: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "./scripts/lib/report-cpu.mjs",
        "node_modules/@observablehq/framework/dist/bin/observable.js",
        "build",
      ],
      {
        env: {
          ...process.env,
          OBSERVABLE_TELEMETRY_DISABLE: "true",
          DOSSIER_OUTPUT: output,
          DOSSIER_CPU_REPORT: cpuReport,
          FORCE_COLOR: "0",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let log = "";
    const echo = (chunk: Buffer) => {
      log += chunk;
      if (!process.env.DOSSIER_QUIET) process.stderr.write(chunk);
    };
    child.stdout.on("data", echo);
    child.stderr.on("data", echo);
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code: code ?? 1, log }));
  });
}

async function main(): Promise<number> {
  const out = resolve(option("--out", "dist"));
  const started = Date.now();
  const clock = new PhaseClock();
  clock.sinceProcessStart("start");
  const release = await clock.time("wait for other builds", () => acquireBuildLock());
  const staging = `${out}.building-${process.pid}`;
  try {
    const clean = await clock.time("check", () =>
      runDataCheck(dataDir(), (line) => process.stderr.write(`${line}\n`)),
    );
    if (!clean) {
      process.stderr.write(`build stopped: fix the evidence above; ${out} was left as it was.\n`);
      return 1;
    }
    const prerendered = await clock.time("loaders", () => {
      seedNpmVersions();
      clearLoaderOutputs();
      return prerenderLoaders(config.dynamicPaths);
    });
    process.stderr.write(`ran ${prerendered.targets.length} page and data loaders in one process\n`);
    rmSync(staging, { recursive: true, force: true });
    const cpuReport = `${staging}.cpu`;
    const { code, log } = await clock.time("framework", () => frameworkBuild(staging, cpuReport), cpuReport);
    const problems = buildLogProblems(log);
    if (code !== 0 || problems.length) {
      process.stderr.write(
        `build failed (exit ${code}):\n${problems.join("\n")}\n${out} was left as it was.\n`,
      );
      return 1;
    }
    await clock.time("islands", () => spliceSiteIslands(staging, prerendered.islands));
    const { settings, evidence } = currentInvestigation();
    const url = siteUrl(process.env, settings.url);
    const { charts, embedScript } = await clock.time("embed assets", () =>
      inSiteLocale(settings.locale, () => writeEmbedAssets(staging, evidence, url)),
    );
    process.stderr.write(`wrote embed.js and the downloads of ${charts} charts\n`);
    const shared = await clock.time("share assets", () =>
      inSiteLocale(settings.locale, () => writeShareAssets(staging, settings, evidence, url)),
    );
    process.stderr.write(
      `wrote the evidence CSVs, ${shared.cards} share cards and the tags of ${shared.pages} pages\n`,
    );
    const locale = localeFor(settings.locale);
    const outside = await clock.time("post-processing", () =>
      postprocessSite(staging, locale.tag, embedScript, locale.dir),
    );
    if (outside.size) {
      for (const [file, urls] of outside)
        process.stderr.write(`${file} loads from another host: ${urls.join(", ")}\n`);
      process.stderr.write("build failed: pages must load nothing from other hosts.\n");
      return 1;
    }
    const listed = await clock.time("sitemap", () => {
      fixNotFoundPage(staging, url);
      return writeSitemap(staging, url);
    });
    process.stderr.write(`wrote sitemap.xml (${listed} pages under ${url}) and robots.txt\n`);
    // Last: every rewrite of a page comes before this, which hashes the inline scripts it finds.
    const secured = await clock.time("content security policy", () => applyContentSecurityPolicy(staging));
    if (secured.styleAttributes.length) {
      process.stderr.write(`${secured.styleAttributes.join("\n")}\n`);
      process.stderr.write(
        "build failed: the content security policy blocks style attributes; use a class in src/style.css.\n",
      );
      return 1;
    }
    process.stderr.write(`wrote the content security policy into ${secured.pages} pages and _headers\n`);
    await clock.time("swap", () => {
      const previous = `${out}.previous-${process.pid}`;
      if (existsSync(out)) renameSync(out, previous);
      renameSync(staging, out);
      rmSync(previous, { recursive: true, force: true });
      // What data:diff --since-build compares the folder with.
      recordBuiltEvidence(dataDir(), new Date(started));
    });
    process.stderr.write(
      `built ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s (${clock.summary()})\n`,
    );
    clock.report();
    return 0;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}

process.exitCode = await main();
