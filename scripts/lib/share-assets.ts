// What a built site needs to be shared and found, added after Framework's build: the evidence
// tables as CSV (data/<table>.csv), a 1200×630 card per page (_share/<page>.png), and in every
// page's head its canonical address, Open Graph and Twitter card tags, and JSON-LD (the page as a
// NewsArticle, the evidence as a Dataset with every CSV/JSON download). Reads the built pages,
// so each card shows what the page shows: its title and first chart or key figure.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { compileCorrections } from "../../loaders/compile/corrections.ts";
import type { Evidence } from "../../loaders/model.ts";
import { evidenceCsvFiles, evidenceFolder } from "../../loaders/publish/evidence-csv.ts";
import {
  type Download,
  datasetLd,
  evidenceDateRange,
  jsonLdScript,
  modifiedDate,
  newsArticleLd,
  type SiteFacts,
} from "../../loaders/publish/json-ld.ts";
import { type CardVisual, shareCardPng, shareCardSize } from "../../loaders/publish/share-card.ts";
import { pageUrl, type ShareImage, shareTagsHtml } from "../../loaders/publish/share-tags.ts";
import { anchor } from "../../loaders/render/evidence-html.ts";
import { correctionsPath } from "../../loaders/site/corrections-page.ts";
import type { SiteSettings } from "../../loaders/site/settings.ts";
import { htmlFiles } from "./postprocess.ts";

export const shareFolder = "_share";

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text of an HTML attribute or element as the reader sees it. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#")
      return String.fromCodePoint(
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** The URL path of a built page file: index.html is "/", timeline/2018.html is "/timeline/2018". */
export function pagePathOf(siteDir: string, file: string): string {
  const path = `/${relative(siteDir, file)
    .split(sep)
    .join("/")
    .replace(/\.html$/, "")}`;
  return path === "/index" ? "/" : path.replace(/\/index$/, "");
}

/** The page's title and description from its head (Framework writes "<page> | <site>"). */
export function headText(html: string, siteTitle: string): { title: string; description: string } {
  const head = html.slice(0, html.indexOf("</head>") >>> 0);
  const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? "").trim();
  const suffix = ` | ${siteTitle}`;
  const description = decodeEntities(/<meta name="description" content="([^"]*)"/.exec(head)?.[1] ?? "");
  return { title: title.endsWith(suffix) ? title.slice(0, -suffix.length) : title || siteTitle, description };
}

/** The page's first chart or key figure, as built. */
export function mainVisual(
  html: string,
  path: string,
): { chart: string } | { number: string; label: string } | undefined {
  const embedded = /^\/embed\/([a-z0-9-]+)$/.exec(path)?.[1];
  if (embedded) return { chart: embedded };
  const body = html.slice(html.indexOf("<main") >>> 0);
  const found =
    /data-chart="([a-z0-9-]+)"|<p class="key-number"[^>]*>([^<]*)<\/p><p class="key-label"[^>]*>([^<]*)<\/p>/.exec(
      body,
    );
  if (!found) return undefined;
  if (found[1]) return { chart: found[1] };
  return { number: decodeEntities(found[2] ?? ""), label: decodeEntities(found[3] ?? "") };
}

/** Which card a page uses: its own, or (numbered pages of a list) the card of the page above. */
export function cardName(path: string): string {
  if (path === "/") return "index";
  const parts = path.slice(1).split("/");
  return parts[0] === "embed" ? parts.join("--") : (parts[0] as string);
}

function siteFacts(siteUrl: string, settings: SiteSettings, evidence: Evidence): SiteFacts {
  const range = evidenceDateRange(evidence);
  const published = settings.published ?? range?.latest;
  const modified = modifiedDate(range?.latest, evidence.corrections);
  const listed = settings.pages.find((p) => p.layout === "corrections" || p.path === correctionsPath);
  return {
    url: siteUrl,
    title: settings.title,
    description: settings.description,
    locale: settings.locale,
    ...(settings.publisher ? { publisher: settings.publisher } : {}),
    ...(published ? { published } : {}),
    ...(modified ? { modified } : {}),
    ...(range ? { coverage: `${range.earliest}/${range.latest}` } : {}),
    ...(evidence.corrections.length
      ? {
          corrections: compileCorrections(evidence).map(({ correction: c }) => ({
            text: c.text,
            date: c.date.iso,
            ...(listed ? { url: `${pageUrl(siteUrl, listed.path)}#${anchor("correction", c.id)}` } : {}),
          })),
        }
      : {}),
  };
}

/** The evidence tables, then every chart's CSV and JSON, as they are published. */
function downloads(siteDir: string, siteUrl: string): Download[] {
  const files = (folder: string) =>
    existsSync(join(siteDir, folder))
      ? readdirSync(join(siteDir, folder))
          .filter((name) => /^[a-z0-9-]+\.(csv|json)$/.test(name))
          .sort()
      : [];
  return [evidenceFolder, "charts"].flatMap((folder) =>
    files(folder).map((name) => ({
      name: `${folder}/${name}`,
      url: `${siteUrl}/${folder}/${name}`,
      format: name.endsWith(".csv") ? "text/csv" : "application/json",
    })),
  );
}

interface ChartFacts {
  svg?: string;
  title?: string;
  takeaway?: string;
}

function chartFacts(siteDir: string, id: string): ChartFacts {
  const svgFile = join(siteDir, "charts", `${id}.svg`);
  const jsonFile = join(siteDir, "charts", `${id}.json`);
  const { title, takeaway } = existsSync(jsonFile)
    ? (JSON.parse(readFileSync(jsonFile, "utf8")) as { title?: string; takeaway?: string })
    : {};
  return {
    ...(existsSync(svgFile) ? { svg: readFileSync(svgFile, "utf8") } : {}),
    ...(title ? { title } : {}),
    ...(takeaway ? { takeaway } : {}),
  };
}

/** Writes the evidence CSVs and the cards, and adds the tags to every page but the 404 page. */
export function writeShareAssets(
  siteDir: string,
  settings: SiteSettings,
  evidence: Evidence,
  siteUrl: string,
): { pages: number; cards: number } {
  mkdirSync(join(siteDir, evidenceFolder), { recursive: true });
  for (const [name, csv] of evidenceCsvFiles(evidence))
    writeFileSync(join(siteDir, evidenceFolder, name), csv);
  mkdirSync(join(siteDir, shareFolder), { recursive: true });
  const site = siteFacts(siteUrl, settings, evidence);
  const dataset = jsonLdScript(datasetLd(site, downloads(siteDir, siteUrl)));
  const cards = new Map<string, ShareImage>();
  let pages = 0;
  // Pages before the numbered pages under them, so a shared card is made from the page above.
  const depth = (file: string) => relative(siteDir, file).split(sep).length;
  const files = htmlFiles(siteDir).sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1));
  for (const file of files) {
    const path = pagePathOf(siteDir, file);
    if (path === "/404") continue;
    const html = readFileSync(file, "utf8");
    const { title, description } = headText(html, settings.title);
    const name = cardName(path);
    let image = cards.get(name);
    if (!image) {
      const visual = mainVisual(html, path);
      const chart = visual && "chart" in visual ? chartFacts(siteDir, visual.chart) : undefined;
      const card: CardVisual = chart?.svg
        ? { kind: "chart", svg: chart.svg }
        : visual && "number" in visual
          ? { kind: "figure", ...visual }
          : { kind: "none" };
      // The line under the title says something the title does not: the chart's own title, or
      // its takeaway on an embed page (titled after the chart), or the page's description.
      const subtitle = chart?.svg
        ? chart.title === title
          ? chart.takeaway
          : chart.title
        : description.startsWith(`${title}: `)
          ? description.slice(title.length + 2)
          : description;
      writeFileSync(
        join(siteDir, shareFolder, `${name}.png`),
        shareCardPng({ siteTitle: settings.title, title, visual: card, ...(subtitle ? { subtitle } : {}) }),
      );
      const shown =
        card.kind === "chart"
          ? chart?.title
          : card.kind === "figure"
            ? `${card.number} ${card.label}`
            : description;
      image = {
        url: `${siteUrl}/${shareFolder}/${name}.png`,
        ...shareCardSize,
        alt: shown ? `${title}. ${shown}` : title,
      };
      cards.set(name, image);
    }
    const url = pageUrl(siteUrl, path);
    const tags = shareTagsHtml({
      url,
      title,
      description,
      siteName: settings.title,
      locale: settings.locale,
      image,
    });
    const article = jsonLdScript(newsArticleLd(site, { url, title, description, image: image.url }));
    writeFileSync(file, html.replace("</head>", `${tags}\n${article}\n${dataset}\n</head>`));
    pages++;
  }
  return { pages, cards: cards.size };
}
