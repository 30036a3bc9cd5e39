import { describe, expect, it } from "vitest";
import { computeFindings } from "@/lib/data/findings/rules";
import { parseIdentity } from "@/lib/data/services/identity";
import { requiredMemberships } from "@/lib/data/services/requirements";

describe("parseIdentity (R27)", () => {
  it.each([
    ["CRMAppPool", "NT AUTHORITY\\NETWORK SERVICE", { ok: true, identity: "NetworkService" }],
    ["CRMAppPool", " networkservice ", { ok: true, identity: "NetworkService" }],
    ["CRMAppPool", "IIS AppPool\\CRMAppPool", { ok: true, identity: "ApplicationPoolIdentity" }],
    ["CRMAppPool", "CONTOSO\\svc-crm", { ok: true, identity: "CONTOSO\\svc-crm" }],
    ["AsyncService", "ApplicationPoolIdentity", { ok: false }],
    ["CRMAppPool", "svc-crm", { ok: false }],
    ["CRMAppPool", "CONTOSO\\bad|name", { ok: false }],
    ["CRMAppPool", "", { ok: false }],
  ] as const)("%s: %j", (service, typed, want) => {
    expect(parseIdentity(service, typed)).toMatchObject(want);
  });
});

describe("requiredMemberships (R24, R26)", () => {
  const groups = { PrivUserGroup: ["contoso\\SVC-APP"], SQLAccessGroup: [] };

  it.each([
    ["CRMAppPool", "CONTOSO\\svc-app", ["member", "missing"]],
    ["CRMAppPool", "NetworkService", ["not-needed", "not-needed"]],
    ["CRMAppPool", "LocalSystem", ["cannot", "cannot"]],
    ["SandboxService", "CONTOSO\\svc-app", []],
    ["EmailRouter", "CONTOSO\\svc-mail", ["missing"]],
    ["ReportingServices", "CONTOSO\\svc-app", ["member", "missing"]],
  ] as const)("%s as %s", (service, identity, statuses) => {
    expect(requiredMemberships(service, identity, groups).map((r) => r.status)).toEqual(statuses);
  });
});

describe("computeFindings", () => {
  // The demo organization's problems (prisma/demo/contoso.json).
  const demo = computeFindings({
    services: [
      { service: "CRMAppPool", identity: "CONTOSO\\svc-crmapp" },
      { service: "AsyncService", identity: "CONTOSO\\svc-crmasync" },
      { service: "SandboxService", identity: "CONTOSO\\svc-sandbox" },
      { service: "DeploymentService", identity: "NetworkService" },
      { service: "VSSWriter", identity: "NetworkService" },
    ],
    groups: {
      PrivUserGroup: ["CONTOSO\\svc-crmasync", "CONTOSO\\tom.departed", "CONTOSO\\adele.vance"],
      SQLAccessGroup: ["CONTOSO\\svc-crmasync", "CONTOSO\\svc-crmapp"],
    },
    users: [
      { logon: "CONTOSO\\svc-crmasync", disabled: false },
      { logon: "CONTOSO\\tom.departed", disabled: true },
      { logon: "CONTOSO\\adele.vance", disabled: false },
    ],
  });

  it("finds each demo problem once, most severe first, with its rule and fix", () => {
    expect(demo.map((f) => [f.severity, f.rule, f.key])).toEqual([
      ["critical", "R24", "membership:CRMAppPool:PrivUserGroup"],
      ["high", "R27", "crm-user:AsyncService"],
      ["high", "R26", "departed:contoso\\tom.departed"],
    ]);
    expect(demo[0].fix.href).toBe(
      "/groups/PrivUserGroup?add=CONTOSO%5Csvc-crmapp&reason=Required%20for%20CRMAppPool%20(R26)",
    );
    expect(demo[0].explanation).toContain("0x80048401");
    expect(demo[1].fix.href).toBe("/services/AsyncService/change");
    expect(demo[2].fix.href).toBe("/groups/PrivUserGroup?remove=CONTOSO%5Ctom.departed");
  });

  it.each([
    ["an account in no group at all is neither user nor service", "CONTOSO\\gone", [], 1],
    ["an enabled CRM user is not", "CONTOSO\\admin", [{ logon: "CONTOSO\\admin", disabled: false }], 0],
  ])("PrivUserGroup: %s", (_name, account, users, count) => {
    const found = computeFindings({ services: [], groups: { PrivUserGroup: [account] }, users });

    expect(found).toHaveLength(count);
  });

  it("one account running several services is a finding (R27)", () => {
    const found = computeFindings({
      services: [
        { service: "CRMAppPool", identity: "CONTOSO\\svc" },
        { service: "AsyncService", identity: "contoso\\SVC" },
      ],
      groups: { PrivUserGroup: ["CONTOSO\\svc"], SQLAccessGroup: ["CONTOSO\\svc"] },
      users: [],
    });

    expect(found.map((f) => [f.rule, f.severity, f.fix.href])).toEqual([
      ["R27", "medium", "/services/AsyncService/change"],
    ]);
  });

  it("a built-in identity other than Network Service on CRMAppPool is critical (R24)", () => {
    const services = [{ service: "CRMAppPool", identity: "LocalSystem" }];
    const found = computeFindings({ services, groups: {}, users: [] });

    expect(found.map((f) => [f.rule, f.severity])).toEqual([["R24", "critical"]]);
  });
});
