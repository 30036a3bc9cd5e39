import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { compiledOrganization } from "@/lib/data/engine/organization";
import { readAs } from "@/lib/data/read";
import { type CheckResult, type Organization, runCheck } from "@/lib/engine";
import type { Outcome } from "@/lib/scenario/schema";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { clientRefusal } from "./deployment";
import { stepToCheck, type StoredStep, storedStepOf } from "./step-check";
import { getStep } from "./steps";
import { stepNameErrors } from "./validate-step";

// "Everyone at once": one step run for every user (or a filtered set), in the
// server. Only the grouped summary leaves this module; the lists of names stay
// here and are paged. The last few answers are kept per organization revision,
// so paging through a group of 90,000 names does not run the step again.

export type EveryoneFilter = {
  stepId: string;
  client: "Server" | "Offline";
  businessUnit?: string;
  role?: string;
  state?: "all" | "enabled" | "disabled";
};

export type EveryoneGroup = {
  key: string;
  outcome: Outcome;
  /** Why, in words that do not name the user, so that like answers group together. */
  reason: string;
  rule: string;
  warnings: string[];
  users: string[];
};

export type EveryoneAnswer = {
  step: string;
  total: number;
  counts: Record<Outcome, number>;
  groups: EveryoneGroup[];
  milliseconds: number;
};

type Snapshot = Awaited<ReturnType<typeof compiledOrganization>>["snapshot"];

const kept = new Map<string, EveryoneAnswer>();
const KEEP = 8;

function keyOf(revision: number, filter: EveryoneFilter) {
  const { stepId, client, businessUnit, role, state } = filter;

  return JSON.stringify([revision, stepId, client, businessUnit, role, state]);
}

/** The users a filter selects, by logon, from the stored organization. */
export function selectUsers(snapshot: Snapshot, filter: Omit<EveryoneFilter, "stepId" | "client">) {
  const unit = filter.businessUnit?.toLowerCase();
  const role = filter.role?.toLowerCase();
  const viaTeam = new Set<string>();
  if (role) {
    for (const team of snapshot.teams) {
      if ((team.roles ?? []).some((name) => name.toLowerCase() === role)) {
        for (const member of team.members) viaTeam.add(member.toLowerCase());
      }
    }
  }

  return snapshot.users
    .filter((user) => !unit || user.businessUnit.toLowerCase() === unit)
    .filter((user) => filter.state !== "enabled" || !user.disabled)
    .filter((user) => filter.state !== "disabled" || user.disabled)
    .filter((user) => {
      if (!role) return true;
      const direct = (user.roles ?? []).some((name) => name.toLowerCase() === role);
      return direct || viaTeam.has(user.name.toLowerCase());
    })
    .map((user) => user.name);
}

const REFUSAL = /missing privilege|lacks|: needs |no security role|no owner to|is disabled/;

/** The reason that decided the outcome, with the calling user's name taken out. */
function decidingReason(result: CheckResult, caller: string) {
  // The engine writes logons as stored, so a plain split finds them; a regular
  // expression per user would cost more than the check itself at 100,000 users.
  const anonymous = (text: string) => text.split(caller).join("the calling user");
  const operations = result.operations ?? [];

  if (result.outcome === "failed") {
    // R16 (a disabled caller) and R24 (the process account) stop the call before any data.
    const chosen =
      result.reasons.find((r) => r.rule === "R16" || r.rule === "R24") ??
      operations.find((op) => op.outcome === "failed")?.reasons.at(-1) ??
      result.reasons.at(-1);
    return { rule: chosen?.rule ?? "", reason: anonymous(chosen?.text ?? "the call failed") };
  }
  if (result.outcome === "denied") {
    const index = operations.findIndex((op) => op.outcome !== "allowed");
    const op = operations[index];
    // The engine's refusals read "missing privilege", "lacks", "needs Local or higher", ...
    const refusal = op.reasons.find((r) => r.rule !== "R14" && REFUSAL.test(r.text)) ?? op.reasons.at(-1);
    return {
      rule: refusal?.rule ?? "",
      reason: `operation ${index + 1}: ${anonymous(refusal?.text ?? "denied")}`,
    };
  }

  const reason = operations.length ? "every operation is allowed" : "the step makes no calls";

  return { rule: "", reason };
}

function runAll(org: Organization, step: StoredStep, users: string[], client: EveryoneFilter["client"]) {
  const started = performance.now();
  const groups = new Map<string, EveryoneGroup>();
  const counts: Record<Outcome, number> = { allowed: 0, denied: 0, failed: 0 };

  for (const caller of users) {
    const result = runCheck(org, stepToCheck(step, caller, client));
    counts[result.outcome] += 1;
    const { rule, reason } = decidingReason(result, caller);
    const codes = result.warnings.length ? [...new Set(result.warnings.map((w) => w.code))].sort() : [];
    const key = `${result.outcome}|${reason}|${codes.join(",")}`;

    let group = groups.get(key);
    if (!group) {
      group = { key, outcome: result.outcome, reason, rule, warnings: codes, users: [] };
      groups.set(key, group);
    }
    group.users.push(caller);
  }

  const order: Record<Outcome, number> = { failed: 0, denied: 1, allowed: 2 };
  const sorted = [...groups.values()].sort(
    (a, b) => order[a.outcome] - order[b.outcome] || b.users.length - a.users.length,
  );

  return { counts, groups: sorted, milliseconds: Math.round(performance.now() - started) };
}

/** Runs the step's check through the engine once per selected user and groups the answers. */
export function runForEveryone(filter: EveryoneFilter, actor?: Actor | null): Promise<EveryoneAnswer> {
  return readAs(
    "simulation.run",
    async (db, allowed) => {
      const stored = await getStep(filter.stepId, allowed);
      if (!stored) throw new NotFoundError("This plug-in step");
      const refusal = clientRefusal(stored, filter.client);
      if (refusal) throw new UserFacingError("STEP_NOT_DEPLOYED", refusal, { client: refusal });

      const { organization, snapshot, revision } = await compiledOrganization(db);
      // A name the step refers to may have gone since it was registered.
      const problems = Object.values(stepNameErrors(organization, stored as never));
      if (problems.length > 0) {
        throw new UserFacingError("STEP_INVALID", `This step cannot run as registered: ${problems[0]}`);
      }

      const key = keyOf(revision, filter);
      const cached = kept.get(key);
      if (cached) return cached;

      const users = selectUsers(snapshot, filter);
      const run = runAll(organization, storedStepOf(stored), users, filter.client);
      const answer = { step: stored.name, total: users.length, ...run };

      kept.set(key, answer);
      if (kept.size > KEEP) kept.delete(kept.keys().next().value!);

      return answer;
    },
    actor,
  );
}

/** For the benchmark and tests: the same run on an organization already compiled. */
export { runAll as runStepForUsers };
