// The warm render process of `npm run dev`, on a local socket: render-client.mjs (Framework's
// loader command in the preview) asks it for outputs; scripts/dev.ts asks it to refresh the open
// pages after an edit. Restarted by dev.ts when code changes (modules cannot be re-imported).
//
//   node --import tsx scripts/lib/render-server.ts <socket path>      DATA_DIR=path
import { rmSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import { dataDir } from "../../loaders/data-dir.ts";
import { WarmRenderer } from "./warm-renderer.ts";

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      text += chunk;
    });
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}

const socketPath = process.argv[2];
if (!socketPath) throw new Error("usage: render-server.ts <socket path>");
const renderer = new WarmRenderer("src", dataDir());
const warmed = renderer.warm();

const server = createServer(async (req, res) => {
  try {
    await warmed;
    if (req.url === "/render") {
      const { loader, args } = JSON.parse(await body(req)) as { loader: string; args: string[] };
      const { status, body: output } = await renderer.render(loader, args);
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(output);
    } else if (req.url === "/refresh") {
      const started = performance.now();
      const pages = await renderer.refresh();
      res.end(JSON.stringify({ pages, ms: Math.round(performance.now() - started) }));
    } else if (req.url === "/ready") {
      res.end("ready");
    } else {
      res.writeHead(404).end();
    }
  } catch (error) {
    res.writeHead(500).end(error instanceof Error ? error.message : String(error));
  }
});
rmSync(socketPath, { force: true });
server.listen(socketPath);
// Exit at once: server.close() would wait for Framework's idle keep-alive connections.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    rmSync(socketPath, { force: true });
    process.exit(0);
  });
