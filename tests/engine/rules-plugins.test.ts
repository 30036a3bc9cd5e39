import { describe, expect, it } from "vitest";

import { formatError } from "@/lib/engine";
import { parseScenarioValue } from "@/lib/scenario/parse";
import type { Check, PluginCheck } from "@/lib/scenario/schema";

import { allText, answer, contoso, rulesCited, type Situation, user } from "./support/contoso";

// R20-R25: plug-in steps, who they run as, the process account and offline runs.

const ana = "CONTOSO\\ana";
const svc = "CONTOSO\\svc-plugin";
const crm = "CONTOSO\\svc-crm";

const people: Situation = {
  users: [
    user("ana", "Sales", ["Account Basic"]),
    user("ben", "Sales"),
    user("svc-plugin", "Contoso", ["Account Global"]),
  ],
  serviceAccounts: { CRMAppPool: crm, AsyncService: crm, SandboxService: "CONTOSO\\svc-sandbox" },
  groups: { PrivUserGroup: [crm] },
};

function withAccounts(accounts: Situation["serviceAccounts"], group: string[] = []): Situation {
  return { ...people, serviceAccounts: accounts, groups: { PrivUserGroup: group } };
}

const writeBen = {
  as: "context",
  action: "Write",
  table: "account",
  record: { owner: "CONTOSO\\ben" },
};
const createOne = { as: "context", action: "Create", table: "account" };

interface Row {
  rule: string;
  name: string;
  situation?: Situation;
  step?: Partial<PluginCheck["step"]>;
  operations?: object[];
  want: {
    outcome: string;
    userId?: string;
    initiatingUserId?: string;
    processAccount?: string;
    errorCode?: string;
    operations?: string[];
    actingUsers?: string[];
    owners?: string[];
  };
  says?: RegExp;
  warns?: string;
}

const rows: Row[] = [
  {
    rule: "R21",
    name: "Calling User: UserId and InitiatingUserId are the caller",
    operations: [writeBen],
    want: { outcome: "denied", userId: ana, initiatingUserId: ana, operations: ["denied"] },
    says: /the step runs in the calling user's context/,
  },
  {
    rule: "R21",
    name: "a chosen user: UserId is that user, InitiatingUserId the caller",
    step: { runAs: svc },
    operations: [writeBen],
    want: { outcome: "allowed", userId: svc, initiatingUserId: ana, actingUsers: [svc] },
  },
  {
    rule: "R21",
    name: "a chosen user without the privilege is denied what the caller could do",
    step: { runAs: "CONTOSO\\ben" },
    operations: [{ as: "context", action: "Read", table: "account", record: { owner: ana } }],
    want: { outcome: "denied", userId: "CONTOSO\\ben", operations: ["denied"] },
  },
  {
    rule: "R22",
    name: "CreateOrganizationService(InitiatingUserId) acts as the caller",
    step: { runAs: svc },
    operations: [{ ...writeBen, as: "initiating" }],
    want: { outcome: "denied", actingUsers: [ana] },
  },
  {
    rule: "R22",
    name: "CreateOrganizationService(null) acts as SYSTEM",
    operations: [{ ...writeBen, as: "system" }],
    want: { outcome: "allowed", actingUsers: ["SYSTEM"] },
    warns: "RUNS_AS_SYSTEM",
  },
  {
    rule: "R22",
    name: "any user by id, with no prvActOnBehalfOfAnotherUser check",
    operations: [{ ...writeBen, as: svc }],
    want: { outcome: "allowed", actingUsers: [svc] },
  },
  {
    rule: "R22",
    name: "each call is checked on its own, in order",
    operations: [createOne, writeBen, { ...writeBen, as: "system" }],
    want: { outcome: "denied", operations: ["allowed", "denied", "allowed"], owners: [ana] },
  },
  {
    rule: "R23",
    name: "a sandboxed step runs under the Sandbox Processing Service account",
    step: { isolation: "Sandbox" },
    want: { outcome: "allowed", processAccount: "CONTOSO\\svc-sandbox" },
  },
  {
    rule: "R23",
    name: "an asynchronous step runs under the Asynchronous Processing Service account",
    situation: withAccounts({ AsyncService: "CONTOSO\\svc-async", CRMAppPool: crm }, [
      crm,
      "CONTOSO\\svc-async",
    ]),
    step: { mode: "Asynchronous" },
    want: { outcome: "allowed", processAccount: "CONTOSO\\svc-async" },
  },
  {
    rule: "R23",
    name: "a synchronous step outside the sandbox runs as CRMAppPool, Network Service by default",
    situation: withAccounts(undefined),
    want: { outcome: "allowed", processAccount: "NetworkService" },
    says: /\(NetworkService\) is Network Service, which needs no PrivUserGroup membership/,
  },
  {
    rule: "R23",
    name: "a service account that is also a CRM user is reported (R27)",
    situation: withAccounts({ CRMAppPool: svc }, [svc]),
    want: { outcome: "allowed", processAccount: svc },
    warns: "SERVICE_ACCOUNT_IS_CRM_USER",
  },
  {
    rule: "R24",
    name: "a CRMAppPool domain account outside PrivUserGroup fails the call",
    situation: withAccounts({ CRMAppPool: crm }),
    operations: [createOne],
    want: { outcome: "failed", errorCode: "0x80048401", operations: ["failed"] },
    says: /CheckPrivilegeGroupForUserOnPremiseError \(0x80048401\)/,
    warns: "PROCESS_ACCOUNT_NOT_IN_PRIVUSERGROUP",
  },
  {
    rule: "R24",
    name: "a CRMAppPool account in PrivUserGroup passes",
    situation: withAccounts({ CRMAppPool: crm }, [crm]),
    operations: [createOne],
    want: { outcome: "allowed", processAccount: crm },
  },
  {
    rule: "R24",
    name: "LocalSystem as CRMAppPool is not Network Service and fails",
    situation: withAccounts({ CRMAppPool: "LocalSystem" }),
    want: { outcome: "failed", errorCode: "0x80048401" },
  },
  {
    rule: "R24",
    name: "an asynchronous step with its service account outside PrivUserGroup fails",
    situation: withAccounts({ CRMAppPool: crm, AsyncService: "CONTOSO\\svc-async" }, [crm]),
    step: { mode: "Asynchronous" },
    want: { outcome: "failed", errorCode: "0x80048401" },
  },
  {
    rule: "R24",
    name: "a call blocked by PrivUserGroup still says who would act and own the Create",
    situation: withAccounts({ CRMAppPool: crm }),
    operations: [{ ...createOne, record: { owner: svc } }],
    want: { outcome: "failed", errorCode: "0x80048401", actingUsers: [ana], owners: [svc] },
    says: /Create on account is never made: [^\n]*not a member of PrivUserGroup[^\n]*\(R24\)/,
  },
  {
    rule: "R26",
    name: "an asynchronous sandboxed step runs as the sandbox account, which needs no group",
    situation: withAccounts({ AsyncService: "CONTOSO\\svc-async", SandboxService: "CONTOSO\\svc-sandbox" }),
    step: { mode: "Asynchronous", isolation: "Sandbox" },
    operations: [createOne],
    want: { outcome: "allowed", processAccount: "CONTOSO\\svc-sandbox", operations: ["allowed"] },
    says: /sandboxed asynchronous step: the code runs under the Sandbox Processing Service account/,
  },
  {
    rule: "R26",
    name: "a synchronous sandboxed step does not depend on CRMAppPool's group",
    situation: withAccounts({ CRMAppPool: crm, SandboxService: "CONTOSO\\svc-sandbox" }),
    step: { isolation: "Sandbox" },
    operations: [createOne],
    want: { outcome: "allowed", processAccount: "CONTOSO\\svc-sandbox" },
    says: /Sandbox Processing Service account needs no group membership, so no PrivUserGroup check applies \(R26\)/,
  },
  {
    rule: "R26",
    name: "a sandboxed LocalSystem account is not checked against PrivUserGroup either",
    situation: withAccounts({ AsyncService: "LocalSystem", SandboxService: "LocalSystem" }),
    step: { mode: "Asynchronous", isolation: "Sandbox" },
    want: { outcome: "allowed", processAccount: "LocalSystem" },
  },
  {
    rule: "R25",
    name: "offline, a chosen user is not applied",
    step: { client: "Offline", runAs: svc },
    operations: [writeBen],
    want: { outcome: "denied", userId: ana, actingUsers: [ana] },
    warns: "OFFLINE_IMPERSONATION_UNSUPPORTED",
  },
  {
    rule: "R25",
    name: "offline, CreateOrganizationService(null) runs as the logged-on user",
    step: { client: "Offline" },
    operations: [{ ...writeBen, as: "system" }],
    want: { outcome: "denied", actingUsers: [ana] },
    warns: "OFFLINE_IMPERSONATION_UNSUPPORTED",
  },
  {
    rule: "R25",
    name: "offline, created records are owned by the logged-on user",
    step: { client: "Offline" },
    operations: [{ ...createOne, record: { owner: svc } }],
    want: { outcome: "allowed", owners: [ana] },
    warns: "OFFLINE_OWNER_IS_LOGGED_ON_USER",
  },
  {
    rule: "R25",
    name: "offline, no server account and no PrivUserGroup check",
    situation: withAccounts({ CRMAppPool: crm }),
    step: { client: "Offline" },
    operations: [createOne],
    want: { outcome: "allowed", processAccount: ana },
  },
  {
    rule: "R16",
    name: "a disabled caller's call never reaches the data",
    situation: { ...people, users: [user("ana", "Sales", ["Account Basic"], { disabled: true })] },
    operations: [createOne],
    want: { outcome: "failed", operations: ["failed"] },
    warns: "USER_DISABLED",
  },
  {
    rule: "R16",
    name: "a disabled caller's Create still names its owner and the cause",
    situation: { ...people, users: [user("ana", "Sales", ["Account Basic"], { disabled: true })] },
    operations: [{ ...createOne, as: "system" }],
    want: { outcome: "failed", operations: ["failed"], actingUsers: ["SYSTEM"], owners: ["SYSTEM"] },
    says: /Create on account is never made: CONTOSO\\ana, whose call triggers the step, is disabled \(R16\)/,
  },
  {
    rule: "R25",
    name: "offline, a call blocked by a disabled caller still acts and owns as the logged-on user",
    situation: {
      ...people,
      users: [...(people.users ?? []).slice(1), user("ana", "Sales", ["Account Basic"], { disabled: true })],
    },
    step: { client: "Offline" },
    operations: [{ ...createOne, as: svc, record: { owner: svc } }],
    want: { outcome: "failed", processAccount: ana, actingUsers: [ana], owners: [ana] },
    warns: "OFFLINE_OWNER_IS_LOGGED_ON_USER",
  },
  {
    rule: "R16",
    name: "a disabled chosen user fails the calls made as context",
    situation: {
      ...people,
      users: [...(people.users ?? []), user("old", "Sales", ["Account Global"], { disabled: true })],
    },
    step: { runAs: "CONTOSO\\old" },
    operations: [createOne, { ...createOne, as: "system" }],
    want: { outcome: "failed", operations: ["failed", "allowed"] },
  },
  {
    rule: "R3",
    name: "a caller with no role could not trigger the step: said, and the step's calls judged as usual",
    situation: {
      ...people,
      users: [user("ana", "Sales"), user("ben", "Sales"), user("svc-plugin", "Contoso", ["Account Global"])],
    },
    step: { runAs: svc },
    operations: [writeBen, { ...writeBen, as: "initiating" }],
    want: { outcome: "denied", operations: ["allowed", "denied"], actingUsers: [svc, ana] },
    says: /CONTOSO\\ana has no security role, .* so could not make the call that triggers the step/,
    warns: "NO_SECURITY_ROLE",
  },
];

describe("plug-in rules R21-R25", () => {
  it.each(rows)("$rule: $name -> $want.outcome", (row) => {
    const { rule, situation, step, operations, want, says, warns } = row;
    const check = {
      step: { message: "Create", table: "account", stage: "PostOperation", ...step },
      caller: ana,
      operations: operations ?? [],
    };
    const result = answer(situation ?? people, check as Check);
    const ops = result.operations ?? [];

    expect(result.outcome).toBe(want.outcome);
    expect(rulesCited(result)).toContain(rule);
    if (want.userId) expect(result.userId).toBe(want.userId);
    if (want.initiatingUserId) expect(result.initiatingUserId).toBe(want.initiatingUserId);
    if (want.processAccount) expect(result.processAccount).toBe(want.processAccount);
    expect(result.errorCode).toBe(want.errorCode);
    if (want.operations) expect(ops.map((o) => o.outcome)).toEqual(want.operations);
    if (want.actingUsers) expect(ops.map((o) => o.actingUser)).toEqual(want.actingUsers);
    if (want.owners) expect(ops.flatMap((o) => (o.owner ? [o.owner] : []))).toEqual(want.owners);
    if (says) expect(allText(result)).toMatch(says);
    if (warns) expect(result.warnings.map((w) => w.code)).toContain(warns);
  });

  it("every rule of the range has at least three rows", () => {
    for (const rule of ["R21", "R22", "R23", "R24", "R25"]) {
      expect(rows.filter((row) => row.rule === rule).length).toBeGreaterThanOrEqual(3);
    }
  });
});

// R20: what a step registration may say.
const registrations = [
  {
    rule: "R20",
    name: "asynchronous steps are PostOperation only",
    step: { mode: "Asynchronous", stage: "PreOperation" },
    error: "checks[0].step.stage: an asynchronous step runs PostOperation only (R20)",
  },
  {
    rule: "R20",
    name: "an asynchronous step without a stage is PostOperation",
    step: { mode: "Asynchronous" },
    error: null,
  },
  {
    rule: "R20",
    name: "a synchronous PreValidation step",
    step: { mode: "Synchronous", stage: "PreValidation" },
    error: null,
  },
  {
    rule: "R20",
    name: "an unknown mode",
    step: { mode: "Async" },
    error: 'checks[0].step.mode: must be one of Synchronous, Asynchronous, not "Async"',
  },
  {
    rule: "R20",
    name: "an unknown isolation",
    step: { isolation: "Partial" },
    error: 'checks[0].step.isolation: must be one of Sandbox, None, not "Partial"',
  },
  {
    rule: "R20",
    name: "the chosen user must exist",
    step: { runAs: "CONTOSO\\ghost" },
    error: 'checks[0].step.runAs: no user "CONTOSO\\ghost"',
  },
  {
    rule: "R20",
    name: "SYSTEM is not a user to choose",
    step: { runAs: "SYSTEM" },
    error: "checks[0].step.runAs: SYSTEM cannot sign in, call or be impersonated (R4)",
  },
];

describe("R20: step registrations", () => {
  it.each(registrations)("$rule: $name", ({ step, error }) => {
    const result = parseScenarioValue({
      organization: contoso(people),
      checks: [{ name: "step", step: { message: "Create", table: "account", ...step }, caller: ana }],
    });
    const errors = result.ok ? [] : result.errors.map(formatError);

    if (error === null) expect(errors).toEqual([]);
    else expect(errors).toContain(error);
  });
});
