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
import { revisionOf } from "./access-support";

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

  // A service identity staged here is judged as the service's own change flow
  // judges it (parseIdentity, R26 requirements, R24/R27 warnings).
  const identity = (service: string, account: string, addMissing?: boolean) => [
    { kind: "change-service-identity", service, identity: account, ...(addMissing ? { addMissing } : {}) },
  ];

  it.each([
    ["ApplicationPoolIdentity for a Windows service", "AsyncService", "ApplicationPoolIdentity", /R27/],
    ["a pool's own identity for a Windows service", "AsyncService", "IIS AppPool\\CRMAppPool", /R27/],
    ["the account it already runs as, in other case", "CRMAppPool", "contoso\\SVC-CRMAPP", /already runs as/],
  ])(
    "refuses %s in the preview and in the apply, and writes nothing",
    async (_what, service, account, why) => {
      const changes = identity(service, account);
      const before = await countEverything(db());

      const preview = await previewWhatIf(changes, admin);
      // The preview refuses, so it carries no revision: apply at the current one.
      const applied = await applyWhatIf({ changes, revision: await revisionOf(db()) }, admin);

      expect(preview).toMatchObject({ ok: false, fieldErrors: { "0": expect.stringMatching(why) } });
      expect(applied).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(!applied.ok && applied.fieldErrors?.["changes.0"]).toMatch(why);
      expect(await countEverything(db())).toBe(before);
    },
  );

  it.each([
    [
      "a pool identity cannot join the groups (R24, R26)",
      identity("DeploymentService", "IIS AppPool\\CRMDeploymentServiceAppPool"),
      /ApplicationPoolIdentity is a built-in identity and cannot be made a member of PrivUserGroup/,
    ],
    [
      "the app pool outside PrivUserGroup fails its plug-ins (R24)",
      identity("CRMAppPool", "CONTOSO\\svc-newpool"),
      /not a member of PrivUserGroup and SQLAccessGroup\. Plug-ins .* 0x80048401 .*\(R24\)/,
    ],
    [
      "the memberships asked for are added (R26)",
      identity("CRMAppPool", "CONTOSO\\svc-newpool", true),
      /CONTOSO\\svc-newpool is added to PrivUserGroup and SQLAccessGroup \(R26\)/,
    ],
    [
      "an account that is also a CRM user (R27)",
      identity("EmailRouter", "CONTOSO\\svc-crmasync"),
      /CONTOSO\\svc-crmasync is also a CRM user.*\(R27\)/,
    ],
    [
      "an account another service runs as (R27)",
      identity("EmailRouter", "CONTOSO\\svc-crmasync"),
      /already runs AsyncService\. Each service should have a dedicated account \(R27\)/,
    ],
  ])("the preview says what the change-identity flow says: %s", async (_what, changes, note) => {
    const preview = await previewWhatIf(changes, auditor);

    expect(preview.ok && preview.notes).toEqual(expect.arrayContaining([expect.stringMatching(note)]));
  });

  it("applies an identity with the memberships R26 asks for, each audited, as the service's own flow does", async () => {
    const applier = await makeActor(db(), "Admin");
    const changes = identity("UnzipService", "CONTOSO\\svc-unzip", true);
    const preview = await previewWhatIf(changes, applier);
    if (!preview.ok) throw new Error(preview.message);

    const result = await applyWhatIf({ changes, revision: preview.revision, reason: "ticket 77" }, applier);

    expect(result).toMatchObject({ ok: true });
    const group = await db().directoryGroup.findUniqueOrThrow({
      where: { name: "PrivUserGroup" },
      include: { members: true },
    });
    expect(group.members).toContainEqual(
      expect.objectContaining({ account: "CONTOSO\\svc-unzip", addedBy: applier.username }),
    );
    const { events } = await listAuditEvents(auditFiltersOf({ actor: applier.username }), auditor);
    expect(events.map((e) => [e.action, e.targetLabel])).toEqual([
      ["directory-group.add-member", "PrivUserGroup"],
      ["service-account.change-identity", "UnzipService"],
    ]);
    expect(events[0].reason).toBe("Required for UnzipService (R26): ticket 77");
    const history = await db().serviceIdentityChange.findFirst({
      where: { toIdentity: "CONTOSO\\svc-unzip" },
    });
    expect(history).toMatchObject({ fromIdentity: "NetworkService", reason: "ticket 77" });
  });

  it("stores a pool identity as the change flow stores it, and adds no member unless asked", async () => {
    const changes = identity("DeploymentService", "IIS AppPool\\CRMDeploymentServiceAppPool");
    const members = await db().directoryGroupMember.count();
    const preview = await previewWhatIf(changes, admin);
    if (!preview.ok) throw new Error(preview.message);

    const result = await applyWhatIf({ changes, revision: preview.revision }, admin);

    expect(result).toMatchObject({ ok: true });
    const account = await db().serviceAccount.findUniqueOrThrow({ where: { service: "DeploymentService" } });
    expect(account.identity).toBe("ApplicationPoolIdentity");
    expect(await db().directoryGroupMember.count()).toBe(members);
  });
});
