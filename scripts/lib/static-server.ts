// A small static server for the built site: loopback only, gzip when the client accepts it,
// extension-less page URLs mapped to .html as Framework links them. No dependency needed.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

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

export async function serveStatic(dir: string, port = 0, host = "127.0.0.1"): Promise<StaticServer> {
  const root = resolve(dir);
  const gzipCache = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? "/", "http://localhost");
      const file = await findFile(root, pathname);
      if (!file) {
        const notFound = await readFile(join(root, "404.html")).catch(() => Buffer.from("not found"));
        res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
        return;
      }
      const type = contentTypes[extname(file)] ?? "application/octet-stream";
      let body: Uint8Array = await readFile(file);
      const headers: Record<string, string> = {
        "content-type": type,
        "x-content-type-options": "nosniff",
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
    url: `http://${host}:${actualPort}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
