import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { applyWhatIf } from "@/lib/data/access/apply-what-if";
import { scenarioFileOfSavedChecks } from "@/lib/data/checks/scenario-file";
import { saveCheck } from "@/lib/data/checks/saved-checks";
import { simulateStoredStep } from "@/lib/data/plugins/simulate";
import { runChecks } from "@/lib/engine";
import { parseScenarioText } from "@/lib/scenario/parse";
import { makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { loadContoso, revisionOf } from "./access-support";

// The Saved checks page's download is a scenario file on its own: the
// organization as stored and every kept check with its expectation, which
// the project's parser accepts and the command-line simulator runs, exit 0
// while every verdict holds and 1 once one has changed.

const dir = mkdtempSync(path.join(tmpdir(), "ic-checks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function simulate(text: string) {
  const file = path.join(dir, `run-${Date.now()}.json`);
  writeFileSync(file, text);
  const run = spawnSync("node_modules/.bin/tsx", ["cli/simulate.ts", file], { encoding: "utf8" });

  return { status: run.status, answer: run.stdout ? JSON.parse(run.stdout) : null, stderr: run.stderr };
}

describeOnEachDatabase("saved checks as a scenario file", (db) => {
  let admin: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    await loadContoso(db());
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");

    const step = await db().pluginStep.findFirstOrThrow({ where: { name: "Account numbering" } });
    const call = { stepId: step.id, caller: "CONTOSO\\bianca.pisani", client: "Server" as const };
    const plugin = await simulateStoredStep(call, auditor);
    if (!plugin.ok) throw new Error("the demo step does not simulate");
    const kept = [
      {
        name: "Lynne creates invoices",
        check: { name: "x", user: "CONTOSO\\lynne.robbins", action: "Create", table: "invoice" },
      },
      {
        name: "Patti acts for Grady",
        check: {
          name: "x",
          caller: "CONTOSO\\patti.fernandez",
          impersonate: "CONTOSO\\grady.archie",
          action: "Read",
          table: "account",
        },
      },
      { name: "Account numbering as Bianca", check: plugin.check, source: call },
    ];
    for (const input of kept) expect(await saveCheck(input, auditor)).toMatchObject({ ok: true });
  });

  it("holds the organization and every check with its expectation, and the parser accepts it", async () => {
    const file = await scenarioFileOfSavedChecks(auditor);

    const parsed = parseScenarioText(JSON.stringify(file, null, 2), "json");

    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.organization.users?.length).toBe(await db().systemUser.count());
    expect(parsed.file.checks?.map((check) => check.name)).toEqual([
      "Lynne creates invoices",
      "Patti acts for Grady",
      "Account numbering as Bianca",
    ]);
    expect(parsed.file.checks?.every((check) => "expect" in check)).toBe(true);
    const answer = runChecks(parsed.organization, parsed.file.checks ?? []);
    expect(answer.summary).toEqual({ checks: 3, met: 3, unmet: 0 });
  });

  it.each([
    ["as downloaded: every expectation met, exit 0", false, 0, { checks: 3, met: 3, unmet: 0 }],
    ["after a role is taken away: that verdict changed, exit 1", true, 1, { checks: 3, met: 2, unmet: 1 }],
  ])("npm run simulate on the download %s", async (_what, takeRole, status, summary) => {
    if (takeRole) {
      const changes = [{ kind: "remove-role", user: "CONTOSO\\lynne.robbins", role: "Finance Clerk" }];
      const applied = await applyWhatIf({ changes, revision: await revisionOf(db()) }, admin);
      expect(applied).toMatchObject({ ok: true });
    }
    const file = await scenarioFileOfSavedChecks(auditor);
    // The organization as it is now; the expectations as they were kept.
    const text = JSON.stringify(file, null, 2);

    const run = simulate(text);

    expect(run.stderr).toBe("");
    expect(run.status).toBe(status);
    expect(run.answer.summary).toEqual(summary);
  });

  it("a signed-out caller downloads nothing", async () => {
    await expect(scenarioFileOfSavedChecks(null)).rejects.toThrow(/Sign in/);
  });
});
