// A small static server for the built site: loopback only, gzip when the client accepts it,
// extension-less page URLs mapped to .html as Framework links them, the headers of the build's
// `_headers` file (the content security policy) as a host would send them, and optionally the
// whole site under a sub-path, as a newsroom's server would publish it. No dependency needed.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { type HeaderRule, headersFor, parseHeadersFile } from "./headers-file.ts";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".ico": "image/x-icon",
};
const compressible = /^(text\/|application\/(json|javascript)|image\/svg)/;

async function findFile(root: string, urlPath: string): Promise<string | undefined> {
  const path = normalize(decodeURIComponent(urlPath));
  const candidate = resolve(join(root, path));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  for (const file of [candidate, join(candidate, "index.html"), `${candidate}.html`]) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
  }
  return undefined;
}

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The URL path the site is published under, e.g. "/investigations/story/" (default "/"). */
  basePath?: string;
}

/** The rules of `root/_headers`, or none when the build wrote no such file. */
function headerRules(root: string): HeaderRule[] {
  const file = join(root, "_headers");
  return existsSync(file) ? parseHeadersFile(readFileSync(file, "utf8")) : [];
}

export async function serveStatic(
  dir: string,
  port = 0,
  host = "127.0.0.1",
  { basePath = "/" }: ServeOptions = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const base = `/${basePath.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const rules = headerRules(root);
  const gzipCache = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? "/", "http://localhost");
      if (`${pathname}/` === base) {
        res.writeHead(301, { location: base }).end();
        return;
      }
      // The site's own path, as its `_headers` rules name it: relative to where it is published.
      const sitePath = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
      const file =
        sitePath === undefined || sitePath === "/_headers" ? undefined : await findFile(root, sitePath);
      if (!file) {
        const notFound = await readFile(join(root, "404.html")).catch(() => Buffer.from("not found"));
        res
          .writeHead(404, { ...headersFor(rules, "/404.html"), "content-type": "text/html; charset=utf-8" })
          .end(notFound);
        return;
      }
      const type = contentTypes[extname(file)] ?? "application/octet-stream";
      let body: Uint8Array = await readFile(file);
      const headers: Record<string, string> = {
        "x-content-type-options": "nosniff",
        ...headersFor(rules, sitePath ?? "/"),
        "content-type": type,
        "cache-control": file.includes(`${sep}_`) ? "public, max-age=31536000, immutable" : "no-cache",
        vary: "accept-encoding",
      };
      if (compressible.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        const key = `${file}:${createHash("sha1").update(body).digest("hex")}`;
        const gz = gzipCache.get(key) ?? gzipSync(body, { level: 9 });
        gzipCache.set(key, gz);
        body = gz;
        headers["content-encoding"] = "gzip";
      }
      res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    server,
    url: `http://${host}:${actualPort}${base.slice(0, -1)}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
