// Builds share Framework's cache folder, so two at once (a test and a dev build, say) would
// clobber each other's loader output. A lock folder serialises them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const lockDir = ".tmp/build.lock";

function holderIsAlive(): boolean {
  try {
    const pid = Number(readFileSync(`${lockDir}/pid`, "utf8"));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function acquireBuildLock(timeoutMs = 15 * 60_000): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  mkdirSync(".tmp", { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(`${lockDir}/pid`, String(process.pid));
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch {
      // A lock left by a killed build is taken over; give a starting holder time to write its pid.
      if (!holderIsAlive()) {
        await new Promise((r) => setTimeout(r, 200));
        if (!holderIsAlive()) rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`another build holds ${lockDir}; stop it or delete the folder`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
