import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { loadFindings } from "@/lib/data/findings/findings";
import { addGroupMember, getDirectoryGroup, removeGroupMember } from "@/lib/data/services/groups";
import {
  changeServiceIdentity,
  getServiceAccount,
  previewIdentityChange,
  setServiceServers,
} from "@/lib/data/services/services";
import { replaceOrganization } from "@/lib/data/snapshot/replace";
import type { OrganizationSnapshot } from "@/lib/scenario/schema";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";

const NEW = "CONTOSO\\svc-crmapp2";

const organization = {
  businessUnits: [{ name: "Contoso", parent: null }],
  tables: [{ name: "account", ownership: "User" }],
  roles: [{ name: "Reader", businessUnit: "Contoso", privileges: { prvReadAccount: "Basic" } }],
  users: [
    { name: "CONTOSO\\ana", businessUnit: "Contoso", roles: ["Reader"] },
    { name: "CONTOSO\\svc-crmasync", businessUnit: "Contoso", roles: ["Reader"] },
    { name: "CONTOSO\\tom.departed", businessUnit: "Contoso", roles: ["Reader"], disabled: true },
  ],
  serviceAccounts: { CRMAppPool: "NetworkService", AsyncService: "CONTOSO\\svc-crmasync" },
  groups: {
    PrivUserGroup: ["CONTOSO\\svc-crmasync", "CONTOSO\\tom.departed"],
    SQLAccessGroup: ["CONTOSO\\svc-crmasync"],
  },
  pluginSteps: [
    {
      name: "Number accounts",
      message: "Create",
      table: "account",
      stage: "PreOperation",
      mode: "Synchronous",
      isolation: "None",
      operations: [{ as: "context", action: "Read", table: "account", record: { owner: "CONTOSO\\ana" } }],
    },
  ],
} as unknown as OrganizationSnapshot;

/** Everything an identity change may touch, to compare before and after. */
async function deploymentState(db: Db) {
  const [services, groups, changes, audit] = await Promise.all([
    db.serviceAccount.findMany({
      orderBy: { service: "asc" },
      select: { service: true, identity: true, version: true },
    }),
    db.directoryGroup.findMany({
      orderBy: { name: "asc" },
      select: {
        name: true,
        version: true,
        members: { select: { account: true }, orderBy: { accountLower: "asc" } },
      },
    }),
    db.serviceIdentityChange.count(),
    db.auditEvent.count(),
  ]);

  return { services, groups, changes, audit };
}

async function service(db: Db, key: string) {
  return db.serviceAccount.findUniqueOrThrow({ where: { service: key } });
}

async function members(db: Db, group: string) {
  const rows = await db.directoryGroupMember.findMany({ where: { group: { name: group } } });
  return rows.map((row) => row.account).sort();
}

describeOnEachDatabase("service identities and AD groups", (db) => {
  let admin: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    await db().$transaction((tx) => replaceOrganization(tx, organization, "Test"), { timeout: 60_000 });
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
  });

  it("previews the change with the engine: the synchronous step would start failing (R24)", async () => {
    // The compiled-organization cache is keyed by revision alone; a revision no
    // other test database has reached keeps this run from reading another's cache.
    const revision = 1_000 + Math.floor(Math.random() * 1e6);
    await db().organization.update({ where: { id: 1 }, data: { revision } });

    const ask = { service: "CRMAppPool", identity: NEW };
    const preview = await previewIdentityChange({ ...ask, addMissing: false }, auditor);
    const repaired = await previewIdentityChange({ ...ask, addMissing: true }, auditor);

    expect(preview.ok && preview.plan.missing).toEqual(["PrivUserGroup", "SQLAccessGroup"]);
    expect(preview.ok && preview.plan.steps.map((s) => [s.name, s.change, s.after.errorCode])).toEqual([
      ["Number accounts", "starts-failing", "0x80048401"],
    ]);
    expect(repaired.ok && repaired.plan.steps).toEqual([]);
  });

  it.each([
    ["an auditor", () => auditor, "FORBIDDEN"],
    ["a signed-out caller", () => null, "NOT_SIGNED_IN"],
  ])("%s cannot change an identity, and nothing is written", async (_who, actor, code) => {
    const current = await service(db(), "CRMAppPool");
    const before = await countEverything(db());
    const state = await deploymentState(db());

    const result = await changeServiceIdentity(
      { service: "CRMAppPool", identity: NEW, version: current.version, addMissing: true, reason: "new" },
      actor(),
    );

    expect(result).toMatchObject({ ok: false, code });
    expect(await countEverything(db())).toBe(before);
    expect(await deploymentState(db())).toEqual(state);
  });

  it.each([
    [{ identity: "svc-no-domain" }, "identity"],
    [{ identity: "ApplicationPoolIdentity", service: "AsyncService" }, "identity"],
    [{ identity: "NetworkService" }, "identity"],
    [{ reason: "" }, "reason"],
  ])("refuses %j, naming the field, and writes nothing", async (change, field) => {
    const current = await service(db(), "CRMAppPool");
    const state = await deploymentState(db());
    const input = { service: "CRMAppPool", identity: NEW, version: current.version, reason: "why" };

    const result = await changeServiceIdentity({ ...input, ...change }, admin);

    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && Object.keys(result.fieldErrors ?? {})).toEqual([field]);
    expect(await deploymentState(db())).toEqual(state);
  });

  it("a failure half-way (a required group gone) leaves identity and groups as they were", async () => {
    const deployment = await service(db(), "DeploymentService");
    const sqlGroup = await db().directoryGroup.update({
      where: { name: "SQLAccessGroup" },
      data: { name: "SQLAccessGroup-renamed" },
    });
    const state = await deploymentState(db());
    const counts = await countEverything(db());

    const result = await changeServiceIdentity(
      {
        service: "DeploymentService",
        identity: NEW,
        version: deployment.version,
        addMissing: "on",
        reason: "move",
      },
      admin,
    );
    await db().directoryGroup.update({ where: { id: sqlGroup.id }, data: { name: "SQLAccessGroup" } });

    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await countEverything(db())).toBe(counts);
    const after = await deploymentState(db());
    const named = (s: typeof state) => ({
      ...s,
      groups: s.groups.map((g) => ({ ...g, name: g.name.replace("-renamed", "") })),
    });
    expect(named(after)).toEqual(named(state));
  });

  it("an administrator changes CRMAppPool and adds the missing memberships in one transaction", async () => {
    const current = await service(db(), "CRMAppPool");
    const { revision } = await db().organization.findUniqueOrThrow({ where: { id: 1 } });

    const result = await changeServiceIdentity(
      {
        service: "CRMAppPool",
        identity: NEW,
        version: current.version,
        addMissing: "on",
        reason: "dedicated",
      },
      admin,
    );

    expect(result).toMatchObject({ ok: true, data: { from: "NetworkService", to: NEW } });
    expect(result.ok && result.data.added).toEqual(["PrivUserGroup", "SQLAccessGroup"]);
    expect(await service(db(), "CRMAppPool")).toMatchObject({ identity: NEW, version: current.version + 1 });
    expect(await members(db(), "PrivUserGroup")).toContain(NEW);
    expect(await members(db(), "SQLAccessGroup")).toContain(NEW);
    const added = await db().directoryGroupMember.findFirstOrThrow({
      where: { accountLower: NEW.toLowerCase() },
    });
    const why = "Required for CRMAppPool (R26): dedicated";
    expect(added).toMatchObject({ addedBy: admin.username, reason: why });

    const history = await db().serviceIdentityChange.findMany({ where: { serviceAccountId: current.id } });
    expect(history).toMatchObject([
      { fromIdentity: "NetworkService", toIdentity: NEW, actorName: admin.username },
    ]);
    const events = await db().auditEvent.findMany({
      where: { actorName: admin.username },
      orderBy: { at: "asc" },
    });
    expect(events.map((e) => [e.action, e.targetLabel])).toEqual([
      ["service-account.change-identity", "CRMAppPool"],
      ["directory-group.add-member", "PrivUserGroup"],
      ["directory-group.add-member", "SQLAccessGroup"],
    ]);
    expect(events[0]).toMatchObject({
      targetType: "service-account",
      before: { service: "CRMAppPool", identity: "NetworkService", servers: [] },
      after: { service: "CRMAppPool", identity: NEW, servers: [] },
      reason: "dedicated",
    });
    expect((events[1].after as { members: string[] }).members).toContain(NEW);
    expect((events[1].before as { members: string[] }).members).not.toContain(NEW);
    const { revision: after } = await db().organization.findUniqueOrThrow({ where: { id: 1 } });
    expect(after).toBeGreaterThan(revision);
  });

  it("a change based on a stale version is refused and shows what is stored now", async () => {
    const current = await service(db(), "CRMAppPool");
    const state = await deploymentState(db());

    const result = await changeServiceIdentity(
      { service: "CRMAppPool", identity: "CONTOSO\\other", version: current.version - 1, reason: "stale" },
      admin,
    );

    expect(result).toMatchObject({ ok: false, code: "CONFLICT", conflict: { identity: NEW } });
    expect(await deploymentState(db())).toEqual(state);
  });

  it("the same account in other letter case is no change: Windows names ignore case", async () => {
    const current = await service(db(), "CRMAppPool");
    const state = await deploymentState(db());

    const result = await changeServiceIdentity(
      { service: "CRMAppPool", identity: NEW.toUpperCase(), version: current.version, reason: "case" },
      admin,
    );

    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { identity: `CRMAppPool already runs as ${NEW}.` },
    });
    expect(await deploymentState(db())).toEqual(state);
  });

  it("the service page reads its history and audit, for an auditor too", async () => {
    const page = await getServiceAccount("CRMAppPool", auditor);

    expect(page?.history.map((h) => h.toIdentity)).toEqual([NEW]);
    expect(page?.audit.map((e) => e.action)).toEqual(["service-account.change-identity"]);
    expect(page?.requirements.map((r) => r.status)).toEqual(["member", "member"]);
    expect(await getServiceAccount("NoSuchService", auditor)).toBeNull();
  });

  it("records the servers, with an audit event, and refuses a bad host name", async () => {
    const current = await service(db(), "CRMAppPool");

    const form = { service: "CRMAppPool", version: current.version };
    const bad = await setServiceServers({ ...form, servers: "CRM01 bad/host" }, admin);
    const good = await setServiceServers({ ...form, servers: "CRM01, crm02.contoso.local\ncrm01" }, admin);

    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(good).toMatchObject({ ok: true, data: { servers: ["CRM01", "crm02.contoso.local"] } });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "service-account.set-servers" },
    });
    expect(event.after).toEqual({
      service: "CRMAppPool",
      identity: NEW,
      servers: ["CRM01", "crm02.contoso.local"],
    });
  });

  it("adds and removes a group member with a reason; the removal reason is in the audit event", async () => {
    const group = "PrivReportingGroup";
    const add = await addGroupMember({ group, account: "CONTOSO\\svc-ssrs", reason: "SSRS" }, admin);
    const again = await addGroupMember({ group, account: "contoso\\SVC-SSRS", reason: "x2x" }, admin);
    const remove = await removeGroupMember(
      { group: "PrivUserGroup", account: "contoso\\tom.departed", reason: "left the company" },
      admin,
    );

    expect(add.ok).toBe(true);
    expect(again).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { account: expect.any(String) },
    });
    expect(remove.ok).toBe(true);
    expect(await members(db(), "PrivUserGroup")).not.toContain("CONTOSO\\tom.departed");
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "directory-group.remove-member" },
    });
    expect(event).toMatchObject({
      reason: "left the company",
      targetType: "directory-group",
      targetLabel: "PrivUserGroup",
    });
    const stored = await getDirectoryGroup(group, auditor);
    expect(stored?.members).toMatchObject([
      { account: "CONTOSO\\svc-ssrs", reason: "SSRS", addedBy: admin.username },
    ]);
  });

  it.each([
    ["an auditor", () => auditor, "FORBIDDEN"],
    ["a signed-out caller", () => null, "NOT_SIGNED_IN"],
  ])("%s cannot add or remove group members", async (_who, actor, code) => {
    const before = await countEverything(db());
    const input = { group: "PrivUserGroup", account: "CONTOSO\\svc-crmasync", reason: "testing" };

    const added = await addGroupMember({ ...input, account: "CONTOSO\\intruder" }, actor());
    expect(added).toMatchObject({ ok: false, code });
    expect(await removeGroupMember(input, actor())).toMatchObject({ ok: false, code });
    expect(await countEverything(db())).toBe(before);
  });

  it("the overview findings name the async account that is also a CRM user (R27)", async () => {
    const findings = await loadFindings(auditor);

    expect(findings.map((f) => f.key)).toEqual(["crm-user:AsyncService"]);
  });
});
