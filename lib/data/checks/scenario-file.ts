import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import { loadOrganizationSnapshot } from "@/lib/data/snapshot/load";
import type { Check } from "@/lib/scenario/schema";

/**
 * One check as a scenario file's `checks`, for the simulator's per-answer
 * download: the organization is left out because it can be large, so the file
 * is joined to an export before it runs (the Saved checks page's download is
 * a complete file).
 */
export function scenarioFileFor(checks: Check[]) {
  return {
    about:
      "Checks kept in the Identity Console, each with the answer it had as its expectation. " +
      "Run them against " +
      "an export: `npm run --silent export -- org.json`, then " +
      "`jq -s '.[0] + {checks: .[1].checks}' org.json checks.json > run.json` and " +
      "`npm run --silent simulate -- run.json --format text` (exit status 1 when a verdict has changed).",
    checks,
  };
}

/**
 * Every saved check as a complete scenario file (SCENARIOS.md): the
 * organization as stored now, written as `npm run export` writes it, and the
 * checks with their expectations, so `npm run --silent simulate -- FILE` runs
 * it on its own and exits 1 when a verdict has changed since it was kept. A
 * check that cannot be asked any more (its caller deleted) stays in: the
 * simulator then refuses the file naming that check, rather than the file
 * quietly testing less than was kept.
 */
export function scenarioFileOfSavedChecks(actor?: Actor | null) {
  return readAs(
    "simulation.run",
    async (db) => {
      const [organization, rows] = await Promise.all([
        loadOrganizationSnapshot(db),
        db.savedCheck.findMany({ orderBy: [{ createdAt: "asc" }, { name: "asc" }], select: { check: true } }),
      ]);

      return { organization, checks: rows.map((row) => row.check as unknown as Check) };
    },
    actor,
  );
}
