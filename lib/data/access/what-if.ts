import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import { clientsFor } from "@/lib/data/plugins/deployment";
import { stepToCheck, type StoredStep } from "@/lib/data/plugins/step-check";
import {
  compileOrganization,
  type CheckResult,
  effectivePrivileges,
  formatError,
  type Organization,
  runCheck,
  validateChecks,
} from "@/lib/engine";
import { zodFieldErrors } from "@/lib/data/mutation";
import type { AccessSnapshot, PluginStepState } from "@/lib/access/audit-states";
import { diffPrivileges, type PrivilegeChange } from "@/lib/access/privilege-diff";
import {
  affectedUsers,
  applyStagedChanges,
  type StagedChange,
  StagedChangeError,
  stagedChangesSchema,
} from "@/lib/access/staged-changes";
import { currentOrganization } from "./organization";

// The what-if preview: staged changes applied to a COPY of the compiled
// organization's snapshot, compiled, and compared with the organization as it
// is, for the users the changes touch and for every registered plug-in step
// called by them. Nothing is written.

export type StepOutcome = { summary: string; outcome: string; detail: string };
export type StepDiff = {
  step: string;
  caller: string;
  before: StepOutcome;
  after: StepOutcome;
  changed: boolean;
};
export type UserDiff = { user: string; changes: PrivilegeChange[]; before: string; after: string };

export type WhatIfPreview =
  | { ok: false; fieldErrors: Record<string, string>; message: string }
  | {
      ok: true;
      revision: number;
      changes: StagedChange[];
      notes: string[];
      users: UserDiff[];
      steps: StepDiff[];
      callersNote?: string;
    };

export function previewWhatIf(input: unknown, actor?: Actor | null) {
  return readAs(
    "organization.read",
    async (db): Promise<WhatIfPreview> => {
      const parsed = stagedChangesSchema.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          fieldErrors: zodFieldErrors(parsed.error),
          message: "Some staged changes are invalid.",
        };
      }

      const { organization, snapshot, revision } = await currentOrganization(db);
      let applied;
      try {
        applied = applyStagedChanges(snapshot, parsed.data);
      } catch (error) {
        if (!(error instanceof StagedChangeError)) throw error;
        return { ok: false, fieldErrors: { [String(error.index)]: error.message }, message: error.message };
      }

      const compiled = compileOrganization(applied.snapshot);
      if (!compiled.ok) {
        const message = compiled.errors.slice(0, 3).map(formatError).join("; ");
        return { ok: false, fieldErrors: {}, message: `The organization would not be valid: ${message}` };
      }

      const users = affectedUsers(parsed.data).map((user) => userDiff(organization, compiled.org, user));
      const { callers, note } = stepCallers(organization, parsed.data);
      const steps = (snapshot.pluginSteps ?? []).flatMap((step) =>
        callers.map((caller) => stepDiff(organization, compiled.org, step, caller)),
      );

      return {
        ok: true,
        revision,
        changes: parsed.data,
        notes: applied.notes,
        users,
        steps,
        ...(note ? { callersNote: note } : {}),
      };
    },
    actor,
  );
}

function userDiff(before: Organization, after: Organization, logon: string): UserDiff {
  const was = effectivePrivileges(before, logon);
  const now = effectivePrivileges(after, logon);

  return {
    user: was.user,
    changes: diffPrivileges(was, now),
    before: `${was.businessUnit}, ${was.privileges.length} privileges`,
    after: `${now.businessUnit}, ${now.privileges.length} privileges`,
  };
}

// A service identity change alters no one's privileges but may break every
// plug-in step (R23, R24): with no user staged, one enabled user who holds a
// role stands in as the caller.
function stepCallers(org: Organization, changes: StagedChange[]) {
  const users = affectedUsers(changes);
  if (users.length > 0) return { callers: users };

  const stand = org.users.find((user) => !user.disabled && user.roles.length > 0);
  if (!stand) return { callers: [] as string[] };

  return {
    callers: [stand.logon],
    note: `No user is staged, so plug-in steps are simulated as called by ${stand.logon}.`,
  };
}

function storedStep(step: PluginStepState): StoredStep {
  const operations = (step.operations ?? []) as {
    as?: string;
    action: string;
    table: string;
    record?: unknown;
  }[];

  return {
    name: step.name,
    message: String(step.message),
    table: String(step.table),
    stage: String(step.stage ?? "PostOperation"),
    mode: String(step.mode ?? "Synchronous"),
    isolation: String(step.isolation ?? "Sandbox"),
    runAsLogon: step.runAs ?? null,
    operations: operations.map((op) => ({
      runAs: op.as ?? "context",
      action: op.action,
      table: op.table,
      record: op.record,
    })),
  };
}

function stepDiff(
  before: Organization,
  after: Organization,
  step: PluginStepState,
  caller: string,
): StepDiff {
  // Where the step is registered (R20): an offline-only step is never run by the server.
  const client = clientsFor(step.deployment as string | undefined)[0];
  const check = stepToCheck(storedStep(step), caller, client);
  const was = outcomeOf(before, check);
  const now = outcomeOf(after, check);

  return { step: step.name, caller, before: was, after: now, changed: was.summary !== now.summary };
}

function outcomeOf(org: Organization, check: ReturnType<typeof stepToCheck>): StepOutcome {
  const problems = validateChecks(org, [check]);
  if (problems.length > 0) {
    const detail = problems.map(formatError).join("; ");
    return { summary: `not checkable: ${detail}`, outcome: "not checkable", detail };
  }
  const result: CheckResult = runCheck(org, check);
  const operations = (result.operations ?? []).map((op) => op.outcome).join(", ");
  const detail = [
    `runs as ${result.userId ?? "?"}`,
    `process ${result.processAccount ?? "?"}`,
    ...(result.errorCode ? [`error ${result.errorCode}`] : []),
    ...(operations ? [`operations: ${operations}`] : []),
  ].join(" · ");

  return { summary: `${result.outcome} | ${detail}`, outcome: result.outcome, detail };
}

export type { AccessSnapshot };
