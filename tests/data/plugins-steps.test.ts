import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { rerunSavedChecks, saveCheck, listSavedChecks } from "@/lib/data/checks/saved-checks";
import { runForEveryone } from "@/lib/data/plugins/everyone";
import { simulateStoredStep } from "@/lib/data/plugins/simulate";
import { createStep, listSteps, removeStep, updateStep } from "@/lib/data/plugins/steps";
import { seedContoso } from "../api/support";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";

const step = {
  name: "Invoice: follow-up task",
  message: "Create",
  table: "invoice",
  stage: "PostOperation",
  mode: "Synchronous",
  isolation: "Sandbox",
  deployment: "Both",
  runAs: "",
  operations: [{ as: "context", action: "Create", table: "invoice" }],
};

describeOnEachDatabase("plug-in steps", (db) => {
  let admin: Actor;
  let auditor: Actor;
  // The demo organization may bring steps of its own.
  const ourStep = async () => (await listSteps(admin)).find((s) => s.name === step.name)!;

  beforeAll(async () => {
    await seedContoso(db());
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
  });

  it("an administrator registers a step; the audit holds its state and the revision moves", async () => {
    const revision = (await db().organization.findUniqueOrThrow({ where: { id: 1 } })).revision;

    const result = await createStep(step, admin);

    expect(result).toMatchObject({ ok: true, data: { name: step.name, runAs: null } });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "plugin-step.create" } });
    expect(event).toMatchObject({ targetType: "plugin-step", before: null, targetLabel: step.name });
    expect(event.after).toMatchObject({
      deployment: "Both",
      operations: [{ as: "context", table: "invoice" }],
    });
    expect((await db().organization.findUniqueOrThrow({ where: { id: 1 } })).revision).toBe(revision + 1);
  });

  it.each([
    ["an auditor", () => auditor, "FORBIDDEN"],
    ["a signed-out caller", () => null, "NOT_SIGNED_IN"],
  ])("%s cannot register, change or remove a step, and nothing is written", async (_who, actor, code) => {
    const stored = await ourStep();
    const before = await countEverything(db());

    const results = [
      await createStep({ ...step, name: "sneaky" }, actor()),
      await updateStep({ ...step, id: stored.id, version: stored.version, table: "account" }, actor()),
      await removeStep({ id: stored.id, version: stored.version }, actor()),
    ];

    for (const result of results) expect(result).toMatchObject({ ok: false, code });
    expect(await countEverything(db())).toBe(before);
  });

  it.each([
    [
      "asynchronous before PostOperation (R20)",
      { mode: "Asynchronous", stage: "PreOperation" },
      "stage",
      /PostOperation only \(R20\)/,
    ],
    ["an unknown table", { table: "nosuchtable" }, "table", /no table "nosuchtable"/i],
    [
      "a record owned by an access team (R5)",
      {
        operations: [
          { as: "context", action: "Write", table: "account", record: { ownerTeam: "Key Account Review" } },
        ],
      },
      "operations.0.record.ownerTeam",
      /access team/,
    ],
  ])("refuses %s with a message on the field, writing nothing", async (_what, change, field, message) => {
    const before = await countEverything(db());

    const result = await createStep({ ...step, name: "refused", ...change }, admin);

    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && result.fieldErrors?.[field]).toMatch(message);
    expect(await countEverything(db())).toBe(before);
  });

  it("refuses a change saved over a newer version and shows what is stored", async () => {
    const stored = await ourStep();
    const first = await updateStep(
      { ...step, id: stored.id, version: stored.version, runAs: "CONTOSO\\lidia.holloway" },
      admin,
    );
    const second = await updateStep(
      { ...step, id: stored.id, version: stored.version, table: "account" },
      admin,
    );

    expect(first).toMatchObject({ ok: true, data: { runAs: "CONTOSO\\lidia.holloway" } });
    expect(second).toMatchObject({
      ok: false,
      code: "CONFLICT",
      conflict: { runAs: "CONTOSO\\lidia.holloway" },
    });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "plugin-step.update" } });
    expect(event.before).toMatchObject({ runAs: null });
    expect(event.after).toMatchObject({ runAs: "CONTOSO\\lidia.holloway" });
  });

  it.each([
    ["the chosen user acts on the server (R21)", "Server", "allowed", "CONTOSO\\lidia.holloway", []],
    [
      "offline, the chosen user is not applied (R25)",
      "Offline",
      "denied",
      "CONTOSO\\grady.archie",
      ["OFFLINE_IMPERSONATION_UNSUPPORTED"],
    ],
  ] as const)("simulates a stored step: %s", async (_what, client, outcome, userId, warnings) => {
    const stored = await ourStep();

    const answer = await simulateStoredStep(
      { stepId: stored.id, caller: "CONTOSO\\grady.archie", client },
      auditor,
    );

    expect(answer.ok && answer.result).toMatchObject({
      outcome,
      userId,
      initiatingUserId: "CONTOSO\\grady.archie",
    });
    const codes = answer.ok ? answer.result.warnings.map((w) => w.code) : [];
    expect(codes).toEqual(expect.arrayContaining([...warnings]));
  });

  it("runs a step for everyone and groups the answers by outcome and reason", async () => {
    const stored = await ourStep();

    const answer = await runForEveryone({ stepId: stored.id, client: "Offline", state: "all" }, auditor);

    const users = await db().systemUser.count();
    expect(answer.total).toBe(users);
    expect(answer.counts.allowed + answer.counts.denied + answer.counts.failed).toBe(users);
    const failed = answer.groups.find((g) => g.outcome === "failed");
    expect(failed?.users).toEqual(
      expect.arrayContaining(["CONTOSO\\pradeep.gupta", "CONTOSO\\tom.departed"]),
    );
    expect(failed?.rule).toBe("R16");
    for (const group of answer.groups) expect(group.reason).not.toMatch(/CONTOSO\\/i);
  });

  it("keeps a check, and a re-run after the step changes shows the verdict that moved", async () => {
    const stored = await ourStep();
    const answer = await simulateStoredStep(
      { stepId: stored.id, caller: "CONTOSO\\grady.archie", client: "Server" },
      auditor,
    );
    if (!answer.ok) throw new Error("simulation failed");

    const source = { stepId: stored.id, caller: "CONTOSO\\grady.archie", client: "Server" };
    const kept = await saveCheck(
      { name: "invoice follow-up as Grady", check: answer.check, source },
      auditor,
    );
    expect(kept).toMatchObject({ ok: true });
    const changed = await updateStep({ ...step, id: stored.id, version: stored.version, runAs: "" }, admin);
    expect(changed.ok).toBe(true);
    const rerun = await rerunSavedChecks({}, auditor);

    expect(rerun).toMatchObject({ ok: true, data: { checks: 1, met: 0, unmet: 1 } });
    const [saved] = await listSavedChecks(auditor);
    expect(saved.lastResult?.result).toMatchObject({ met: false, outcome: "denied" });
    expect(saved.lastResult?.result?.differences?.map((d) => d.field)).toContain("userId");
  });
});
