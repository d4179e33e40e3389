// Framework's `.ts` interpreter during `npm run dev`: plain Node (no tsx, ~40 ms), it asks the
// warm render process (scripts/lib/render-server.ts) for a loader's output and prints it.
//
//   node scripts/lib/render-client.mjs <loader file> [--name=value …]   DOSSIER_RENDER_SOCKET=path
import { createHash } from "node:crypto";
import { fstatSync, futimesSync, writeSync } from "node:fs";
import { request } from "node:http";

const socketPath = process.env.DOSSIER_RENDER_SOCKET;
const [loader, ...args] = process.argv.slice(2);

function ask() {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path: "/render", method: "POST" }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 500, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(JSON.stringify({ loader, args }));
  });
}

/** The render process is starting or restarting after a code change: wait for it. */
async function askPatiently() {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      return await ask();
    } catch (error) {
      if (!["ENOENT", "ECONNREFUSED"].includes(error.code) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function writeAll(fd, bytes) {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

if (!socketPath || !loader) {
  process.stderr.write("render-client: run by `npm run dev` only (DOSSIER_RENDER_SOCKET is not set)\n");
  process.exit(2);
}
const { status, body } = await askPatiently();
if (status !== 200) {
  writeAll(2, body);
  process.exit(1);
}
writeAll(1, body);
// Framework reuses a cached output newer than its loader file. Dated before any source file, the
// output is never reused: every load asks the render process, which alone knows if the evidence
// changed. The date comes from the content, so the ETag of an unchanged /_file/ output holds.
if (fstatSync(1).isFile()) {
  const seconds = Number.parseInt(createHash("sha256").update(body).digest("hex").slice(0, 8), 16) % 1e9;
  futimesSync(1, seconds, seconds);
}
