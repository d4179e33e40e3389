// npm run dev: Framework's preview of the current evidence folder, reloaded after every save.
//
//   tsx scripts/dev.ts [--port 3000 …Framework's preview options]      DATA_DIR=path
//
// One warm render process (scripts/lib/render-server.ts) holds the loader modules and the
// evidence; Framework runs each loader as a tiny client of it (render-client.mjs), from a mirror
// of src/ whose loader cache is the preview's own and never reused. After a save under DATA_DIR,
// or a commit in its repository (the history /changes shows), the render process renders the
// open pages again, then every open tab reloads, once.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, watch } from "node:fs";
import { request } from "node:http";
import { join, resolve } from "node:path";
import { gitDirs, headStamp } from "../loaders/cli/git-head.ts";
import { dataDir } from "../loaders/data-dir.ts";
import { seedNpmVersions } from "./lib/framework-cache.ts";
import { writePreviewConfigFile } from "./lib/preview-config.ts";
import { mirrorRoot } from "./lib/preview-root.ts";

const home = resolve(`.tmp/preview-${process.pid}`);
const socket = join(home, "render.sock");
const configFile = join(home, "observablehq.config.ts");
const started = performance.now();

/** Folders of previews that are no longer running (killed without their cleanup). */
function removeDeadPreviews(): void {
  for (const name of existsSync(".tmp") ? readdirSync(".tmp") : []) {
    const pid = Number(/^preview-(\d+)$/.exec(name)?.[1]);
    if (!pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(join(".tmp", name), { recursive: true, force: true });
    }
  }
}

function post(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const req = request({ socketPath: socket, path, method: "POST" }, (res) => {
      let text = "";
      res.on("data", (chunk) => {
        text += chunk;
      });
      res.on("end", () => resolvePromise(text));
    });
    req.on("error", reject);
    req.end();
  });
}

async function postPatiently(path: string): Promise<string> {
  for (;;) {
    try {
      return await post(path);
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

let renderer: ChildProcess | undefined;
function startRenderer(): void {
  renderer = spawn(process.execPath, ["--import", "tsx", "scripts/lib/render-server.ts", socket], {
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function stopRenderer(): Promise<void> {
  const child = renderer;
  if (!child || child.exitCode !== null) return;
  await new Promise((r) => {
    child.once("exit", r);
    child.kill("SIGTERM");
  });
}

/** Every open tab reloads: Framework watches its config file. */
function reloadTabs(): void {
  const now = new Date();
  utimesSync(configFile, now, now);
}

/** Runs `task` after changes settle; changes during a run queue one more run, never two at once. */
function settled(task: () => Promise<void>, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = task();
    await running.catch((error) => process.stderr.write(`preview: ${error}\n`));
    running = undefined;
    if (again) {
      again = false;
      await run();
    }
  };
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}

const onEvidenceChange = settled(async () => {
  const t = performance.now();
  const { pages } = JSON.parse(await postPatiently("/refresh")) as { pages: number };
  reloadTabs();
  process.stderr.write(
    `evidence changed: ${pages} open page(s) rendered again in ${Math.round(performance.now() - t)} ms, reloading\n`,
  );
}, 30);

const onCodeChange = settled(async () => {
  await stopRenderer();
  startRenderer();
  await postPatiently("/ready");
  reloadTabs();
  process.stderr.write("code changed: render process restarted, reloading\n");
}, 100);

removeDeadPreviews();
mkdirSync(home, { recursive: true });
seedNpmVersions();
const stopMirror = mirrorRoot("src", join(home, "src"));
writePreviewConfigFile(configFile);
startRenderer();

/** A commit, checkout or reset in the evidence's repository: /changes and the pages render again. */
function watchHead(dir: string, onChange: () => void): void {
  const dirs = gitDirs(dir);
  if (!dirs) return;
  let head = headStamp(dir);
  const check = () => {
    const now = headStamp(dir);
    if (now === head) return;
    head = now;
    onChange();
  };
  // HEAD and packed-refs sit in the git directories; a branch's own file under refs/.
  for (const folder of new Set([dirs.gitDir, dirs.commonDir])) watch(folder, check);
  watch(join(dirs.commonDir, "refs"), { recursive: true }, check);
}

watch(dataDir(), { recursive: true }, onEvidenceChange);
watchHead(dataDir(), onEvidenceChange);
for (const dir of ["src", "loaders"])
  watch(dir, { recursive: true }, (_, file) => {
    if (file && /\.ts$/.test(file) && !file.startsWith(".observablehq")) onCodeChange();
  });

const preview = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    "node_modules/@observablehq/framework/dist/bin/observable.js",
    "preview",
    "--no-open",
    "--config",
    configFile,
    ...process.argv.slice(2),
  ],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      OBSERVABLE_TELEMETRY_DISABLE: "true",
      DOSSIER_PREVIEW_ROOT: join(home, "src"),
      DOSSIER_RENDER_SOCKET: socket,
    },
  },
);
postPatiently("/ready").then(() =>
  process.stderr.write(`render process ready in ${((performance.now() - started) / 1000).toFixed(1)} s\n`),
);

function shutDown(code: number): void {
  stopMirror();
  renderer?.kill("SIGTERM");
  preview.kill("SIGTERM");
  rmSync(home, { recursive: true, force: true });
  process.exit(code);
}
preview.on("exit", (code) => shutDown(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => shutDown(0));
