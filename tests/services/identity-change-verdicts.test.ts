import { describe, expect, it } from "vitest";
import { compileOrganization, runCheck } from "@/lib/engine";
import { stepToCheck } from "@/lib/data/plugins/step-check";
import { changedSnapshot, planIdentityChange, type StoredSnapshot } from "@/lib/data/services/impact";
import type { ServiceKey } from "@/lib/data/services/catalog";
import type { OrganizationSnapshot } from "@/lib/scenario/schema";

// R23/R24 through the engine: what a registered step does before and after the
// CRMAppPool (or asynchronous service) identity changes.

const NEW = "CONTOSO\\svc-crmapp2";
const ana = "CONTOSO\\ana";
const readOwn = { as: "context", action: "Read", table: "account", record: { owner: ana } };

function step(name: string, mode: string, isolation: string) {
  return {
    name,
    message: "Update",
    table: "account",
    stage: "PostOperation",
    mode,
    isolation,
    deployment: "Server",
    runAs: null,
    operations: [readOwn],
  };
}

function snapshot(accounts: Record<string, string>, privUserGroup: string[] = []): StoredSnapshot {
  return {
    businessUnits: [{ name: "Contoso", parent: null }],
    tables: [{ name: "account", ownership: "User" }],
    roles: [{ name: "Reader", businessUnit: "Contoso", privileges: { prvReadAccount: "Basic" } }],
    users: [
      { name: "CONTOSO\\zed.disabled", businessUnit: "Contoso", roles: ["Reader"], disabled: true },
      { name: ana, businessUnit: "Contoso", roles: ["Reader"] },
    ],
    serviceAccounts: { SandboxService: "CONTOSO\\svc-sandbox", ...accounts },
    groups: { PrivUserGroup: privUserGroup, SQLAccessGroup: [] },
    pluginSteps: [
      step("Number accounts", "Synchronous", "None"),
      step("Validate in sandbox", "Synchronous", "Sandbox"),
      step("Sync to ERP", "Asynchronous", "None"),
    ],
  };
}

function verdicts(source: StoredSnapshot) {
  const compiled = compileOrganization(source as OrganizationSnapshot);
  if (!compiled.ok) throw new Error(compiled.errors[0].message);

  return Object.fromEntries(
    source.pluginSteps!.map((s) => {
      const operations = s.operations.map(({ as, ...op }) => ({ ...op, runAs: as }));
      const result = runCheck(compiled.org, stepToCheck({ ...s, operations }, ana));
      const { outcome, errorCode, processAccount: account } = result;
      return [s.name, { outcome, errorCode, account }];
    }),
  );
}

describe("plug-in verdicts around an identity change (R23, R24)", () => {
  const cases = [
    {
      name: "Network Service everywhere: every step reaches the data",
      source: snapshot({}),
      want: { "Number accounts": "allowed", "Validate in sandbox": "allowed", "Sync to ERP": "allowed" },
    },
    {
      name: "CRMAppPool moved to a domain account outside PrivUserGroup: the synchronous step fails",
      source: snapshot({ CRMAppPool: NEW }),
      want: { "Number accounts": "failed", "Validate in sandbox": "allowed", "Sync to ERP": "allowed" },
    },
    {
      name: "the same account once in PrivUserGroup: it works again",
      source: snapshot({ CRMAppPool: NEW }, [NEW.toUpperCase()]),
      want: { "Number accounts": "allowed", "Validate in sandbox": "allowed", "Sync to ERP": "allowed" },
    },
    {
      name: "the asynchronous service outside PrivUserGroup: only the asynchronous step fails",
      source: snapshot({ AsyncService: NEW }),
      want: { "Number accounts": "allowed", "Validate in sandbox": "allowed", "Sync to ERP": "failed" },
    },
  ];

  it.each(cases)("$name", ({ source, want }) => {
    const got = verdicts(source);

    expect(Object.fromEntries(Object.entries(got).map(([name, v]) => [name, v.outcome]))).toEqual(want);
    for (const [name, outcome] of Object.entries(want)) {
      expect(got[name].errorCode).toBe(outcome === "failed" ? "0x80048401" : undefined);
    }
  });

  it("names the account each kind of step runs under", () => {
    const got = verdicts(snapshot({ CRMAppPool: NEW, AsyncService: "CONTOSO\\svc-async" }, [NEW]));

    expect(got["Number accounts"].account).toBe(NEW);
    expect(got["Validate in sandbox"].account).toBe("CONTOSO\\svc-sandbox");
    expect(got["Sync to ERP"].account).toBe("CONTOSO\\svc-async");
  });
});

function plan(snapshot: StoredSnapshot, service: ServiceKey, identity: string, addMissing: boolean) {
  return planIdentityChange({ snapshot, service, identity, addMissing });
}

describe("the change preview (planIdentityChange)", () => {
  const before = snapshot({});

  it("moving CRMAppPool to a new account without its groups: the synchronous step starts failing", () => {
    const preview = plan(before, "CRMAppPool", NEW, false);

    expect(preview.missing).toEqual(["PrivUserGroup", "SQLAccessGroup"]);
    expect(preview.caller).toBe(ana);
    expect(preview.steps.map((s) => [s.name, s.change, s.after.errorCode])).toEqual([
      ["Number accounts", "starts-failing", "0x80048401"],
    ]);
    expect(preview.steps[0].after.reasons.map((r) => r.rule)).toContain("R24");
  });

  it("with the missing memberships added, nothing changes for the steps", () => {
    const preview = plan(before, "CRMAppPool", NEW, true);

    expect(preview.steps).toEqual([]);
    expect(preview.requirementsAfter.map((r) => r.status)).toEqual(["member", "member"]);
  });

  it("repairing a broken account: the failing step recovers", () => {
    const broken = snapshot({ CRMAppPool: "CONTOSO\\svc-old" });
    const preview = plan(broken, "CRMAppPool", NEW, true);

    expect(preview.steps.map((s) => [s.name, s.change])).toEqual([["Number accounts", "recovers"]]);
    expect(preview.kinds.find((k) => k.kind === "Synchronous, in the sandbox")).toMatchObject({
      before: { outcome: "allowed" },
      after: { outcome: "allowed" },
    });
  });

  // R23: a sandboxed step runs as the Sandbox Processing Service account, which
  // needs no group (R26), whatever its mode: only asynchronous steps outside
  // the sandbox run as the asynchronous service and fail without PrivUserGroup.
  it("the asynchronous service: only asynchronous steps outside the sandbox are affected", () => {
    const preview = plan(before, "AsyncService", NEW, false);

    expect(preview.steps.map((s) => s.name)).toEqual(["Sync to ERP"]);
    const failing = preview.kinds.filter((k) => k.after.outcome === "failed").map((k) => k.kind);
    expect(failing).toEqual(["Asynchronous, outside the sandbox"]);
  });

  it.each([
    ["a CRM user", ana, { crmUser: { logon: ana, disabled: false }, sharedWith: [] }],
    ["shared with the sandbox", "contoso\\SVC-SANDBOX", { crmUser: null, sharedWith: ["SandboxService"] }],
  ])("warns when the new account is %s (R27)", (_what, identity, want) => {
    const preview = plan(before, "CRMAppPool", identity, false);

    expect(preview).toMatchObject(want);
  });

  it("the modified copy leaves the stored snapshot untouched", () => {
    const copy = changedSnapshot(before, "CRMAppPool", NEW, ["PrivUserGroup"]);

    expect(copy.groups?.PrivUserGroup).toEqual([NEW]);
    expect(before.groups?.PrivUserGroup).toEqual([]);
    expect(before.serviceAccounts?.CRMAppPool).toBeUndefined();
  });
});
