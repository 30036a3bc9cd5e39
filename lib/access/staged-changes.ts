import { z } from "zod";
import { serviceAccountSchema } from "@/lib/scenario/schema";
import { type AccessSnapshot, same, serviceAccountState, teamState, userState } from "./audit-states";
import { identityChangeOnCopy } from "./service-identity-change";

// What-if changes, staged without saving. The preview applies them to a copy
// of the snapshot with the pure functions below; the apply performs the same
// changes on the database (lib/data/access/apply-what-if.ts) with the same
// rules, named here once: R6 (a move drops roles unless the organization keeps
// them), R7 (a role is held from the holder's BU or an ancestor).

// R26: every deployment has these service accounts.
export const SERVICE_NAMES = [
  "CRMAppPool",
  "DeploymentService",
  "AsyncService",
  "SandboxService",
  "VSSWriter",
  "UnzipService",
  "EmailRouter",
  "ReportingServices",
] as const;

const name = z.string().trim().min(1, "Required.").max(200);

export const stagedChangeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("add-role"), user: name, role: name }),
  z.object({ kind: z.literal("remove-role"), user: name, role: name }),
  z.object({ kind: z.literal("add-team-member"), user: name, team: name }),
  z.object({ kind: z.literal("remove-team-member"), user: name, team: name }),
  z.object({ kind: z.literal("move-user"), user: name, businessUnit: name }),
  z.object({
    kind: z.literal("change-service-identity"),
    service: z.enum(SERVICE_NAMES),
    identity: serviceAccountSchema,
    // As in the service's own change flow: also add the account to the groups R26 asks for.
    addMissing: z.boolean().optional(),
  }),
]);
export const stagedChangesSchema = z
  .array(stagedChangeSchema)
  .min(1, "Stage at least one change.")
  .max(50, "Stage at most 50 changes at a time.");

export type StagedChange = z.infer<typeof stagedChangeSchema>;
export type ChangeKind = StagedChange["kind"];

export type TouchedTarget =
  | { type: "user"; name: string }
  | { type: "team"; name: string }
  | { type: "service-account"; name: string }
  | { type: "directory-group"; name: string };

export class StagedChangeError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
    this.name = "StagedChangeError";
  }
}

export const CHANGE_ACTIONS: Record<ChangeKind, { user?: string; team?: string; service?: string }> = {
  "add-role": { user: "user.assign-role" },
  "remove-role": { user: "user.remove-role" },
  "add-team-member": { team: "team.add-member", user: "user.join-team" },
  "remove-team-member": { team: "team.remove-member", user: "user.leave-team" },
  // The same action as a move on the user's page (lib/data/directory/move.ts).
  "move-user": { user: "user.move" },
  "change-service-identity": { service: "service-account.change-identity" },
};

export function describeChange(change: StagedChange): string {
  switch (change.kind) {
    case "add-role":
      return `Give ${change.user} the role ${change.role}`;
    case "remove-role":
      return `Take the role ${change.role} from ${change.user}`;
    case "add-team-member":
      return `Add ${change.user} to the team ${change.team}`;
    case "remove-team-member":
      return `Remove ${change.user} from the team ${change.team}`;
    case "move-user":
      return `Move ${change.user} to the business unit ${change.businessUnit}`;
    case "change-service-identity":
      return (
        `Run ${change.service} as ${change.identity}` +
        (change.addMissing ? ", adding it to the AD groups it needs (R26)" : "")
      );
  }
}

/** The BU and its ancestors, nearest first (R7's search order). */
export function unitChain(snapshot: AccessSnapshot, unit: string): string[] {
  const parentOf = new Map(snapshot.businessUnits.map((u) => [u.name.toLowerCase(), u.parent]));
  const chain: string[] = [];
  for (let at: string | null | undefined = unit; at && chain.length <= parentOf.size;) {
    chain.push(at);
    at = parentOf.get(at.toLowerCase());
  }

  return chain;
}

/** R7: the role of that name in the holder's BU or the nearest ancestor. */
export function resolveRole(snapshot: AccessSnapshot, roleName: string, unit: string) {
  for (const at of unitChain(snapshot, unit)) {
    const role = snapshot.roles?.find((r) => same(r.name, roleName) && same(r.businessUnit, at));
    if (role) return role;
  }

  return undefined;
}

/** The staged changes applied, in order, to a copy; the original is left alone. */
export function applyStagedChanges(snapshot: AccessSnapshot, changes: readonly StagedChange[]) {
  const copy = structuredClone(snapshot);
  const touched: TouchedTarget[] = [];
  const notes: string[] = [];

  changes.forEach((change, index) => {
    const result = applyStagedChange(copy, change, index);
    touched.push(...result.touched);
    notes.push(...result.notes);
  });

  return { snapshot: copy, touched: uniqueTargets(touched), notes };
}

export function uniqueTargets(targets: TouchedTarget[]): TouchedTarget[] {
  const seen = new Map<string, TouchedTarget>();
  for (const target of targets) seen.set(`${target.type}|${target.name.toLowerCase()}`, target);

  return [...seen.values()];
}

/** Applies one change in place; throws StagedChangeError naming what is wrong. */
export function applyStagedChange(snapshot: AccessSnapshot, change: StagedChange, index = 0) {
  const fail = (message: string): never => {
    throw new StagedChangeError(index, message);
  };
  const notes: string[] = [];

  if (change.kind === "change-service-identity") {
    const outcome = identityChangeOnCopy(snapshot, change);
    if (!outcome.ok) throw new StagedChangeError(index, outcome.message);
    const touched: TouchedTarget[] = [
      { type: "service-account", name: change.service },
      ...outcome.added.map((name) => ({ type: "directory-group" as const, name })),
    ];

    return { touched, notes: outcome.notes };
  }

  const user =
    snapshot.users?.find((u) => same(u.name, change.user)) ?? fail(`There is no user ${change.user}.`);
  const touched: TouchedTarget[] = [{ type: "user", name: user.name }];

  switch (change.kind) {
    case "add-role": {
      const role = resolveRole(snapshot, change.role, user.businessUnit);
      if (!role) fail(`No role ${change.role} in ${user.businessUnit} or above it (R7).`);
      if (user.roles?.some((r) => same(r, change.role))) fail(`${user.name} already holds ${change.role}.`);
      user.roles = [...(user.roles ?? []), role!.name];
      break;
    }
    case "remove-role": {
      if (!user.roles?.some((r) => same(r, change.role))) fail(`${user.name} does not hold ${change.role}.`);
      user.roles = user.roles!.filter((r) => !same(r, change.role));
      break;
    }
    case "add-team-member":
    case "remove-team-member": {
      const team =
        snapshot.teams?.find((t) => same(t.name, change.team)) ?? fail(`There is no team ${change.team}.`);
      const member = team.members.some((m) => same(m, user.name));
      if (change.kind === "add-team-member") {
        if (member) fail(`${user.name} is already a member of ${team.name}.`);
        team.members = [...team.members, user.name];
      } else {
        if (!member) fail(`${user.name} is not a member of ${team.name}.`);
        team.members = team.members.filter((m) => !same(m, user.name));
      }
      touched.push({ type: "team", name: team.name });
      break;
    }
    case "move-user": {
      const unit =
        snapshot.businessUnits.find((u) => same(u.name, change.businessUnit)) ??
        fail(`There is no business unit ${change.businessUnit}.`);
      if (same(unit.name, user.businessUnit)) fail(`${user.name} is already in ${unit.name}.`);
      const { kept, dropped } = rolesAfterMove(snapshot, user.roles ?? [], user.businessUnit, unit.name);
      if (dropped.length > 0) notes.push(`${user.name} loses ${dropped.join(", ")} by the move (R6, R7).`);
      user.businessUnit = unit.name;
      user.roles = kept;
      break;
    }
  }

  return { touched, notes };
}

/**
 * R6: a move removes every role unless the organization keeps them; kept roles
 * must still be usable from the new BU (R7), the others go. A name that
 * resolves to another unit's role there (a nearer namesake) is that other
 * role, not the one held: it goes too.
 */
export function rolesAfterMove(snapshot: AccessSnapshot, roles: string[], from: string, unit: string) {
  const keep = Boolean(
    (snapshot.settings as Record<string, unknown> | undefined)?.doNotRemoveRolesOnChangeBusinessUnit,
  );
  if (!keep) return { kept: [] as string[], dropped: [...roles] };

  const kept = roles.filter((role) => {
    const there = resolveRole(snapshot, role, unit);
    return there !== undefined && there === resolveRole(snapshot, role, from);
  });

  return { kept, dropped: roles.filter((role) => !kept.includes(role)) };
}

export function stateOfTarget(snapshot: AccessSnapshot, target: TouchedTarget) {
  if (target.type === "user") return userState(snapshot, target.name);
  if (target.type === "team") return teamState(snapshot, target.name);
  if (target.type === "directory-group") {
    const members = (snapshot.groups as Record<string, string[]> | undefined)?.[target.name] ?? [];
    return { name: target.name, members: [...members] };
  }

  return serviceAccountState(snapshot, target.name);
}

/** Users whose effective access a change may alter (a service change alters none directly). */
export function affectedUsers(changes: readonly StagedChange[]): string[] {
  const users = changes.flatMap((change) => ("user" in change ? [change.user] : []));

  return [...new Map(users.map((u) => [u.toLowerCase(), u])).values()];
}
