import {
  type CheckResult,
  compileOrganization,
  type Organization,
  type Reason,
  runCheck,
} from "@/lib/engine";
import { stepToCheck } from "@/lib/data/plugins/step-check";
import type { OrganizationSnapshot } from "@/lib/scenario/schema";
import { GROUP_NAMES, type GroupName, SERVICE_KEYS, type ServiceKey } from "./catalog";
import { sameAccount } from "./identity";
import { type GroupMembers, missingGroups, type Requirement, requiredMemberships } from "./requirements";

// What an identity change would do, asked of the security engine before it is
// made: the stored organization and a copy with the new identity (and, when
// chosen, the missing memberships) are both compiled, and every registered
// plug-in step is run as a plug-in check on each. Pure: the data layer passes
// the stored snapshot in.

export type StoredStepSnapshot = {
  name: string;
  message: string;
  table: string;
  stage: string;
  mode: string;
  isolation: string;
  deployment: string;
  runAs: string | null;
  operations: { as: string; action: string; table: string; record?: unknown }[];
};

export type StoredSnapshot = Omit<OrganizationSnapshot, "serviceAccounts" | "groups" | "pluginSteps"> & {
  serviceAccounts?: Record<string, string>;
  groups?: Record<string, string[]>;
  pluginSteps?: StoredStepSnapshot[];
};

export type Verdict = {
  outcome: CheckResult["outcome"];
  errorCode?: string;
  processAccount?: string;
  reasons: Reason[];
};

export type StepImpact = {
  name: string;
  kind: string;
  change: "starts-failing" | "recovers" | "still-failing";
  before: Verdict;
  after: Verdict;
};

export type IdentityChangePlan = {
  service: ServiceKey;
  from: string;
  to: string;
  addMissing: boolean;
  requirements: Requirement[];
  missing: GroupName[];
  requirementsAfter: Requirement[];
  /** R27: the new account is also a CRM user. */
  crmUser: { logon: string; disabled: boolean } | null;
  /** R27: other services already running as the new account. */
  sharedWith: ServiceKey[];
  caller: string | null;
  steps: StepImpact[];
  stepsChecked: number;
  kinds: { kind: string; before: Verdict; after: Verdict }[];
};

type PlanInput = {
  snapshot: StoredSnapshot;
  /** The stored organization already compiled, when the caller has it. */
  compiled?: Organization;
  service: ServiceKey;
  identity: string;
  addMissing: boolean;
};

// The four places a server-side step can run (R23); an empty step of each kind
// shows whether the platform would let its code reach the data at all.
const KINDS = [
  { kind: "Synchronous, outside the sandbox", mode: "Synchronous", isolation: "None" },
  { kind: "Asynchronous, outside the sandbox", mode: "Asynchronous", isolation: "None" },
  { kind: "Asynchronous, in the sandbox", mode: "Asynchronous", isolation: "Sandbox" },
  { kind: "Synchronous, in the sandbox", mode: "Synchronous", isolation: "Sandbox" },
] as const;

export function groupsOf(snapshot: StoredSnapshot): GroupMembers {
  return Object.fromEntries(GROUP_NAMES.map((group) => [group, snapshot.groups?.[group] ?? []]));
}

/** The snapshot as it would be after the change: new identity, and the chosen memberships. */
export function changedSnapshot(
  snapshot: StoredSnapshot,
  service: ServiceKey,
  identity: string,
  add: GroupName[],
) {
  const groups = { ...(snapshot.groups ?? {}) };
  for (const group of add) groups[group] = [...(groups[group] ?? []), identity];

  const serviceAccounts = { ...(snapshot.serviceAccounts ?? {}), [service]: identity };

  return { ...snapshot, serviceAccounts, groups };
}

export function planIdentityChange(input: PlanInput): IdentityChangePlan {
  const { snapshot, service, identity, addMissing } = input;
  const from = snapshot.serviceAccounts?.[service] ?? "NetworkService";
  const requirements = requiredMemberships(service, identity, groupsOf(snapshot));
  const missing = missingGroups(requirements);

  const after = changedSnapshot(snapshot, service, identity, addMissing ? missing : []);
  const beforeOrg = input.compiled ?? compile(snapshot);
  const afterOrg = compile(after);
  const caller = chooseCaller(snapshot);

  const crm = (snapshot.users ?? []).find((user) => sameAccount(user.name, identity));
  const sharedWith = SERVICE_KEYS.filter(
    (key) => key !== service && sameAccount(snapshot.serviceAccounts?.[key] ?? "NetworkService", identity),
  );

  return {
    service,
    from,
    to: identity,
    addMissing,
    requirements,
    missing,
    requirementsAfter: requiredMemberships(service, identity, groupsOf(after)),
    crmUser: crm ? { logon: crm.name, disabled: crm.disabled ?? false } : null,
    // Built-in identities are per machine, not an account people share.
    sharedWith: identity.includes("\\") ? sharedWith : [],
    caller,
    ...stepImpacts(snapshot.pluginSteps ?? [], beforeOrg, afterOrg, caller),
    kinds: caller ? kindImpacts(beforeOrg, afterOrg, caller) : [],
  };
}

function compile(snapshot: StoredSnapshot): Organization {
  const compiled = compileOrganization(snapshot as OrganizationSnapshot);
  if (!compiled.ok) throw new Error(`organization does not compile: ${compiled.errors[0]?.message ?? ""}`);

  return compiled.org;
}

/** The first enabled user holding a role triggers each step; with none, the first enabled user. */
export function chooseCaller(snapshot: StoredSnapshot): string | null {
  const enabled = (snapshot.users ?? []).filter((user) => !user.disabled);
  const withRole = enabled.find((user) => (user.roles ?? []).length > 0);

  return (withRole ?? enabled[0])?.name ?? null;
}

function verdict(result: CheckResult): Verdict {
  return {
    outcome: result.outcome,
    errorCode: result.errorCode,
    processAccount: result.processAccount,
    reasons: result.reasons.filter((r) => ["R16", "R23", "R24", "R25", "R26"].includes(r.rule)),
  };
}

function compare(before: Verdict, after: Verdict): StepImpact["change"] | null {
  const failedBefore = before.outcome === "failed";
  const failedAfter = after.outcome === "failed";
  if (failedBefore && !failedAfter) return "recovers";
  if (!failedBefore && failedAfter) return "starts-failing";
  if (failedBefore && failedAfter) return "still-failing";

  return null;
}

function stepImpacts(
  steps: StoredStepSnapshot[],
  before: Organization,
  after: Organization,
  caller: string | null,
) {
  const impacts: StepImpact[] = [];
  let checked = 0;

  for (const step of steps) {
    // An offline-only step runs in the offline client, under no service account (R25).
    if (step.deployment === "Offline") continue;
    const who = caller ?? step.runAs;
    if (!who) continue;

    const operations = step.operations.map(({ as, ...op }) => ({ ...op, runAs: as }));
    const check = stepToCheck({ ...step, runAsLogon: step.runAs, operations }, who, "Server");
    const pair = tryBoth(before, after, check);
    if (!pair) continue;
    checked += 1;

    const change = compare(pair.before, pair.after);
    const kind = `${step.mode}, ${step.isolation === "Sandbox" ? "in the sandbox" : "outside the sandbox"}`;
    if (change) impacts.push({ name: step.name, kind, change, ...pair });
  }

  return { steps: impacts, stepsChecked: checked };
}

// A step naming a user that no longer exists cannot be asked about; it is left
// out here and shown by the plug-in pages, which own that problem.
function tryBoth(before: Organization, after: Organization, check: ReturnType<typeof stepToCheck>) {
  try {
    return { before: verdict(runCheck(before, check)), after: verdict(runCheck(after, check)) };
  } catch {
    return null;
  }
}

function kindImpacts(before: Organization, after: Organization, caller: string) {
  return KINDS.map(({ kind, mode, isolation }) => {
    const step = { name: kind, message: "Update", table: "account", stage: "PostOperation", mode, isolation };
    const check = stepToCheck({ ...step, operations: [] }, caller, "Server");

    return { kind, before: verdict(runCheck(before, check)), after: verdict(runCheck(after, check)) };
  });
}
