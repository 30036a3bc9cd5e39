// Prints one closing line for the whole run, "tests: N passed, N failed",
// from Vitest's and Playwright's JSON reports.
import { readFileSync } from "node:fs";

const [vitestFile, playwrightFile, vitestExit = "0", playwrightExit = "0"] = process.argv.slice(2);
// A runner that crashed before writing its report counts as one failure.
function read(file, fallback) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return fallback;
  }
}
const vitest = read(vitestFile, {
  numPassedTests: 0,
  numFailedTests: 1,
  numPendingTests: 0,
  numTodoTests: 0,
});
const playwright = read(playwrightFile, { stats: { expected: 0, unexpected: 1 } });

const passed = vitest.numPassedTests + (playwright.stats?.expected ?? 0);
const vitestFailed = vitest.numFailedTests;
const playwrightFailed = (playwright.stats?.unexpected ?? 0) + (playwright.stats?.flaky ?? 0);
// A runner that failed with every test passing (an unhandled rejection, a
// broken web server) failed all the same: it counts as one failure.
const failed =
  Math.max(vitestFailed, vitestExit === "0" ? 0 : 1) + Math.max(playwrightFailed, playwrightExit === "0" ? 0 : 1);
const skipped = vitest.numPendingTests + vitest.numTodoTests + (playwright.stats?.skipped ?? 0);

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
