import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { applyWhatIf } from "@/lib/data/access/apply-what-if";
import { loadAccessAsOf } from "@/lib/data/access/as-of";
import { loadEffectiveAccess } from "@/lib/data/access/effective";
import { previewWhatIf } from "@/lib/data/access/what-if";
import { loadWhoCan, whoCanParamsOf } from "@/lib/data/access/who-can";
import { auditFiltersOf, listAuditEvents } from "@/lib/data/audit-log/list";
import { replaceOrganization } from "@/lib/data/snapshot/replace";
import { parseScenarioText } from "@/lib/scenario/parse";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";

const giveDelegate = [{ kind: "add-role", user: "CONTOSO\\lee.gu", role: "Delegate" }];

describeOnEachDatabase("access review: what-if, apply, as of, audit log", (db) => {
  let admin: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    const parsed = parseScenarioText(readFileSync("prisma/demo/contoso.json", "utf8"), "json");
    if (!parsed.ok) throw new Error("demo file does not parse");
    await db().$transaction((tx) => replaceOrganization(tx, parsed.file.organization, "Contoso"), {
      timeout: 120_000,
    });
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
  });

  it("the preview shows the privilege gained and writes nothing", async () => {
    const before = await countEverything(db());

    const preview = await previewWhatIf(giveDelegate, auditor);

    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.users[0].changes).toContainEqual(
      expect.objectContaining({
        privilege: "prvActOnBehalfOfAnotherUser",
        before: "None",
        after: "Global",
        change: "gained",
      }),
    );
    expect(await countEverything(db())).toBe(before);
  });

  it.each([
    ["an auditor", () => auditor, "FORBIDDEN"],
    ["a signed-out caller", () => null, "NOT_SIGNED_IN"],
  ])("%s cannot apply, and nothing is written", async (_who, actor, code) => {
    const preview = await previewWhatIf(giveDelegate, admin);
    const before = await countEverything(db());

    const result = await applyWhatIf(
      { changes: giveDelegate, revision: preview.ok ? preview.revision : 0 },
      actor(),
    );

    expect(result).toMatchObject({ ok: false, code });
    expect(await countEverything(db())).toBe(before);
  });

  it("refuses a preview made at an older revision", async () => {
    const before = await countEverything(db());

    const result = await applyWhatIf({ changes: giveDelegate, revision: 999 }, admin);

    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!result.ok && result.message).toMatch(/the organization changed since you previewed/i);
    expect(await countEverything(db())).toBe(before);
  });

  it("names the staged change that cannot be made, and writes nothing", async () => {
    const preview = await previewWhatIf(giveDelegate, admin);
    const before = await countEverything(db());
    const changes = [
      ...giveDelegate,
      { kind: "remove-role", user: "CONTOSO\\lee.gu", role: "Finance Clerk" },
    ];

    const result = await applyWhatIf({ changes, revision: preview.ok ? preview.revision : 0 }, admin);

    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && result.fieldErrors).toEqual({
      "changes.1": "CONTOSO\\lee.gu does not hold Finance Clerk.",
    });
    expect(await countEverything(db())).toBe(before);
  });

  it("an administrator applies: the change, its audit events in the contract's shape, a new revision", async () => {
    const moment = new Date();
    const preview = await previewWhatIf(giveDelegate, admin);
    if (!preview.ok) throw new Error(preview.message);
    const changes = [
      ...giveDelegate,
      { kind: "add-team-member", user: "CONTOSO\\lee.gu", team: "Finance Approvers" },
    ];

    const result = await applyWhatIf({ changes, revision: preview.revision, reason: "ticket 42" }, admin);

    expect(result).toMatchObject({ ok: true, data: { applied: 2 } });
    const organization = await db().organization.findUniqueOrThrow({ where: { id: 1 } });
    expect(organization.revision).toBeGreaterThan(preview.revision);
    const access = await loadEffectiveAccess("CONTOSO\\lee.gu", auditor);
    expect(access?.directRoles).toContain("Delegate");

    const { events } = await listAuditEvents(auditFiltersOf({ actor: admin.username }), auditor);
    expect(events.map((e) => e.action).sort()).toEqual([
      "team.add-member",
      "user.assign-role",
      "user.join-team",
    ]);
    const assign = events.find((e) => e.action === "user.assign-role")!;
    expect(assign).toMatchObject({ targetType: "user", targetLabel: "CONTOSO\\lee.gu", reason: "ticket 42" });
    expect(assign.before).toMatchObject({
      name: "CONTOSO\\lee.gu",
      businessUnit: "Service-Tier2",
      roles: ["Basic User"],
    });
    expect((assign.after as { roles: string[] }).roles).toEqual(["Basic User", "Delegate"]);
    const team = events.find((e) => e.action === "team.add-member")!;
    expect((team.after as { members: string[] }).members).toContain("CONTOSO\\lee.gu");

    // And the audit history rebuilds the access held before the change.
    const asOf = await loadAccessAsOf("CONTOSO\\lee.gu", moment, auditor);
    expect(asOf.ok && asOf.then?.privileges.some((p) => p.privilege === "prvActOnBehalfOfAnotherUser")).toBe(
      false,
    );
    expect(asOf.ok && asOf.changes.map((c) => c.privilege)).toContain("prvActOnBehalfOfAnotherUser");
  });

  it("who can lists the new holder, and the filters narrow the answer", async () => {
    const all = await loadWhoCan(
      whoCanParamsOf({ privilege: "prvActOnBehalfOfAnotherUser", minLevel: "Global" }),
      auditor,
    );
    const inTier2 = await loadWhoCan(
      whoCanParamsOf({
        privilege: "prvActOnBehalfOfAnotherUser",
        minLevel: "Global",
        businessUnit: "Service-Tier2",
      }),
      auditor,
    );

    expect(all.rows.map((row) => row.user)).toContain("CONTOSO\\lee.gu");
    expect(inTier2.rows.map((row) => row.user)).toEqual(["CONTOSO\\lee.gu"]);
  });

  it("the audit log filters by target, and a signed-out caller reads nothing", async () => {
    const { events, total } = await listAuditEvents(
      auditFiltersOf({ targetType: "team", target: "finance" }),
      auditor,
    );

    expect(total).toBe(1);
    expect(events[0].targetLabel).toBe("Finance Approvers");
    await expect(listAuditEvents(auditFiltersOf({}), null)).rejects.toThrow(/Sign in/);
  });
});
