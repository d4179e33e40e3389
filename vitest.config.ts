import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The longest browser file first (three whole sites built); then the unit tests, which need no
 * build, while the shipped site builds (test/browser/global-setup.ts) and holds the build lock;
 * then the other long file, and the rest fill in beside them.
 */
const longFiles = ["/test/browser/any-evidence.", "unit", "/test/browser/any-language."];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = longFiles.findIndex((name) =>
        name === "unit" ? file.project.name === "unit" : file.moduleId.includes(name),
      );
      return at < 0 ? longFiles.length : at;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    // Two at a time, one per core of the machine this runs on.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        // Pure functions and small fixtures: no build, no browser.
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**", "test/build/**", "node_modules/**"],
          testTimeout: 60_000,
        },
      },
      {
        // Whole builds and the dev preview, on copies of fixture evidence folders.
        test: {
          name: "build",
          include: ["test/build/**/*.test.ts"],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The built site in Chromium; two files at a time, one per core: the long any-evidence
        // file (three whole sites) runs beside the rest. Builds wait for each other (build lock);
        // the global setup starts the shipped site's build and returns (files wait for it).
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/global-setup.ts"],
          testTimeout: 90_000,
          hookTimeout: 300_000,
          pool: "forks",
        },
      },
    ],
  },
});
