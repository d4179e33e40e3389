// npm start's second half: serve the built site on localhost and print its address.
//   tsx scripts/serve.ts [dir]     PORT=3000 by default
import { existsSync } from "node:fs";
import { serveStatic } from "./lib/static-server.ts";

const dir = process.argv[2] ?? "dist";
if (!existsSync(dir)) {
  process.stderr.write(`${dir}/ does not exist: run npm run build first (or npm start).\n`);
  process.exit(1);
}
const { url } = await serveStatic(dir, Number(process.env.PORT ?? 3000), process.env.HOST ?? "127.0.0.1");
process.stdout.write(`Dossier is served at ${url}/  (Ctrl+C to stop)\n`);
