import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadSimulationReport } from "@/lib/data/access/simulation-report";
import { listSavedChecks, rerunSavedChecks, saveCheck } from "@/lib/data/checks/saved-checks";
import { runForEveryone } from "@/lib/data/plugins/everyone";
import { simulateStoredStep } from "@/lib/data/plugins/simulate";
import { createStep, listSteps, updateStep } from "@/lib/data/plugins/steps";
import { makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { loadContoso, revisionOf } from "./access-support";

// R20: a step runs only on the clients it is registered for. The simulator,
// "everyone at once", a saved check's re-run and the evidence report all
// refuse the others, naming the field; and the report of a call that can
// happen carries the engine's verdict with its stamp.

const base = {
  message: "Create",
  table: "task",
  stage: "PostOperation",
  mode: "Synchronous",
  isolation: "Sandbox",
  runAs: "",
  operations: [{ as: "context", action: "Create", table: "task" }],
};
const DEPLOYMENTS = ["Server", "Offline", "Both"] as const;
const caller = "CONTOSO\\megan.bowen";

describeOnEachDatabase("plug-in steps run where they are registered (R20)", (db) => {
  let admin: Actor;
  let auditor: Actor;
  const stepOf = async (deployment: string) =>
    (await listSteps(admin)).find((step) => step.name === `Task stamp (${deployment})`)!;

  beforeAll(async () => {
    await loadContoso(db());
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
    for (const deployment of DEPLOYMENTS) {
      const created = await createStep({ ...base, name: `Task stamp (${deployment})`, deployment }, admin);
      expect(created).toMatchObject({ ok: true });
    }
  });

  it.each([
    ["Server", "Server", null],
    ["Server", "Offline", /registered for the server only, so the offline client never runs it \(R20\)/],
    ["Offline", "Server", /registered for the offline client only, so the server never runs it \(R20\)/],
    ["Offline", "Offline", null],
    ["Both", "Server", null],
    ["Both", "Offline", null],
  ] as const)("a step registered for %s, simulated on %s", async (deployment, client, refusal) => {
    const step = await stepOf(deployment);

    const answer = await simulateStoredStep({ stepId: step.id, caller, client }, auditor);

    if (refusal === null) {
      expect(answer).toMatchObject({ ok: true, result: { outcome: "allowed" } });
    } else {
      expect(answer).toEqual({
        ok: false,
        errors: [{ path: "client", message: expect.stringMatching(refusal) }],
      });
    }
  });

  it("everyone at once refuses a client the step is not registered for", async () => {
    const step = await stepOf("Server");

    const run = runForEveryone({ stepId: step.id, client: "Offline", state: "all" }, auditor);

    await expect(run).rejects.toMatchObject({ code: "STEP_NOT_DEPLOYED" });
    await expect(run).rejects.toThrow(/registered for the server only/);
  });

  it("a kept offline check cannot run once the step is registered for the server only", async () => {
    const step = await stepOf("Both");
    const call = { stepId: step.id, caller, client: "Offline" as const };
    const answer = await simulateStoredStep(call, auditor);
    if (!answer.ok) throw new Error("the offline call does not simulate");
    await saveCheck({ name: "task stamp offline", check: answer.check, source: call }, auditor);
    const { id: _id, version, updatedAt: _at, ...stored } = step;
    const moved = await updateStep({ ...stored, id: step.id, version, deployment: "Server" }, admin);
    expect(moved).toMatchObject({ ok: true });

    await rerunSavedChecks({}, auditor);

    const saved = (await listSavedChecks(auditor)).find((row) => row.name === "task stamp offline");
    expect(saved?.lastResult?.invalid).toEqual([
      { path: "client", message: expect.stringMatching(/server only.*\(R20\)/) },
    ]);
  });

  it("the evidence report holds the verdict, each operation's rules, and its stamp", async () => {
    const step = await stepOf("Offline");

    const report = await loadSimulationReport({ stepId: step.id, caller, client: "Offline" }, auditor);

    expect(report?.stamp).toMatchObject({ producedBy: auditor.username, revision: await revisionOf(db()) });
    expect(report?.simulation).toMatchObject({
      ok: true,
      result: { outcome: "allowed", initiatingUserId: caller, userId: caller },
    });
    const operations = report?.simulation.ok ? (report.simulation.result.operations ?? []) : [];
    expect(operations.flatMap((op) => op.reasons.map((reason) => reason.rule))).toEqual(["R22", "R15"]);
  });

  it.each([
    ["a client the step is not registered for is refused", "Offline", "Server", "auditor"],
    ["a signed-out caller gets nothing", "Server", "Server", "signed out"],
  ] as const)("the evidence report: %s", async (_what, deployment, client, who) => {
    const step = await stepOf(deployment);
    const call = { stepId: step.id, caller, client };

    const report = loadSimulationReport(call, who === "auditor" ? auditor : null);

    if (who === "signed out") await expect(report).rejects.toThrow(/Sign in/);
    else expect((await report)?.simulation).toMatchObject({ ok: false, errors: [{ path: "client" }] });
  });
});
