// "Everyone at once" at the size of a large organization: 100,000 generated
// users in a throw-away embedded database, one plug-in step, and the time to
// load and compile the organization from the database, then to run the step
// for every user and group the answers. Budget: 5 seconds for compile and run;
// loading from the database is reported beside it (paid once per revision).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const USERS = 100_000;

export default async function run() {
  const dir = mkdtempSync(path.join(tmpdir(), "ic-bench-everyone-"));
  delete process.env.DATABASE_URL;
  process.env.CONSOLE_DATA_DIR = dir;

  // Imported only now: the database module reads its location when first used.
  const { closeDb, getDb } = await import("@/lib/db/client");
  const { replaceOrganization } = await import("@/lib/data/snapshot/replace");
  const { generateOrganization } = await import("./support/generate-organization");
  const { compiledOrganization } = await import("@/lib/data/engine/organization");
  const { compileOrganization } = await import("@/lib/engine");
  const { runForEveryone } = await import("@/lib/data/plugins/everyone");

  try {
    const db = await getDb();
    const snapshot = generateOrganization(USERS);
    await db.$transaction((tx) => replaceOrganization(tx, snapshot, "Benchmark"), { timeout: 600_000 });
    const step = await db.pluginStep.create({
      data: {
        name: "Account: create a follow-up account",
        message: "Update",
        table: "account",
        isolation: "Sandbox",
        operations: {
          create: [
            { ordinal: 0, runAs: "context", action: "Create", table: "account" },
            {
              ordinal: 1,
              runAs: "context",
              action: "Write",
              table: "account",
              record: { owner: "BENCH\\user7" },
            },
          ],
        },
      },
    });
    await db.organization.update({ where: { id: 1 }, data: { revision: { increment: 1 } } });
    const actor = {
      id: "bench",
      username: "bench",
      displayName: "bench",
      role: "Auditor" as const,
      via: "session" as const,
    };

    // The console loads and compiles once per organization revision; both are
    // measured, and the compile alone is timed again from the loaded snapshot.
    let started = performance.now();
    const { snapshot: loaded } = await compiledOrganization(db);
    const loadAndCompileMs = performance.now() - started;
    started = performance.now();
    compileOrganization(loaded);
    const compileMs = performance.now() - started;

    started = performance.now();
    const answer = await runForEveryone({ stepId: step.id, client: "Server", state: "all" }, actor);
    const runMs = performance.now() - started;

    return {
      name:
        `Everyone at once, ${answer.total.toLocaleString("en")} users, ${answer.groups.length} groups ` +
        `(${answer.counts.allowed} allowed, ${answer.counts.denied} denied, ${answer.counts.failed} failed)`,
      metrics: {
        "load the organization from the database (ms)": loadAndCompileMs - compileMs,
        "compile the organization (ms)": compileMs,
        "run the step for every user and group (ms)": runMs,
        "compile and run, together (ms)": compileMs + runMs,
      },
      budget: { "compile and run, together (ms)": 5_000 },
    };
  } finally {
    await closeDb();
    rmSync(dir, { recursive: true, force: true });
  }
}
