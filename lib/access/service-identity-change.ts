import { type GroupName, SERVICE_KEYS, type ServiceKey } from "@/lib/data/services/catalog";
import { parseIdentity, sameAccount } from "@/lib/data/services/identity";
import { type GroupMembers, missingGroups, requiredMemberships } from "@/lib/data/services/requirements";
import { type AccessSnapshot, serviceAccountState } from "./audit-states";

// A what-if change of a service identity, judged as the service's own change
// flow judges it (lib/data/services/services.ts and its preview), so that the
// two ways of making the same change cannot disagree: the identity read by
// parseIdentity (R27: the built-in spellings, an application pool identity only
// for a pool), the memberships R26 requires added when asked, and what is still
// missing (R24, R26) or unwise (R27) said in that flow's words. Pure: the
// preview runs it on a copy; the apply repeats the checks inside its transaction.

export type IdentityChange = { service: ServiceKey; identity: string; addMissing?: boolean };

export type IdentityChangeOutcome =
  { ok: false; message: string } | { ok: true; identity: string; added: GroupName[]; notes: string[] };

const RUNS_PLUG_INS: readonly ServiceKey[] = ["CRMAppPool", "AsyncService"];

/** Applies the change to `snapshot` in place, or says why it cannot be made. */
export function identityChangeOnCopy(
  snapshot: AccessSnapshot,
  change: IdentityChange,
): IdentityChangeOutcome {
  const parsed = parseIdentity(change.service, change.identity);
  if (!parsed.ok) return { ok: false, message: parsed.message };

  const current = serviceAccountState(snapshot, change.service).identity;
  if (sameAccount(current, parsed.identity)) {
    return { ok: false, message: `${change.service} already runs as ${current}.` };
  }

  const groups: Partial<Record<GroupName, string[]>> = { ...(snapshot.groups ?? {}) };
  const required = requiredMemberships(change.service, parsed.identity, groups);
  const added = change.addMissing ? missingGroups(required) : [];
  for (const group of added) groups[group] = [...(groups[group] ?? []), parsed.identity];
  snapshot.groups = groups;
  snapshot.serviceAccounts = { ...(snapshot.serviceAccounts ?? {}), [change.service]: parsed.identity };

  return {
    ok: true,
    identity: parsed.identity,
    added,
    notes: identityNotes(snapshot, change.service, added),
  };
}

/** What the change-identity preview warns of, for the snapshot after the change. */
export function identityNotes(snapshot: AccessSnapshot, service: ServiceKey, added: GroupName[]) {
  const identity = serviceAccountState(snapshot, service).identity;
  const requirements = requiredMemberships(service, identity, (snapshot.groups ?? {}) as GroupMembers);
  const missing = missingGroups(requirements);
  const notes: string[] = [];

  if (added.length > 0) notes.push(`${identity} is added to ${added.join(" and ")} (R26).`);
  if (missing.length > 0) {
    const consequence =
      missing.includes("PrivUserGroup") && RUNS_PLUG_INS.includes(service)
        ? "Plug-ins that run under this account will fail with 0x80048401 until it is (R24)."
        : `${service} needs these memberships to work (R26).`;
    notes.push(`${identity} is not a member of ${missing.join(" and ")}. ${consequence}`);
  }
  for (const requirement of requirements) {
    if (requirement.status === "cannot") notes.push(requirement.text);
  }

  return [...notes, ...r27Warnings(snapshot, service, identity)];
}

function r27Warnings(snapshot: AccessSnapshot, service: ServiceKey, identity: string) {
  const warnings: string[] = [];
  const crmUser = (snapshot.users ?? []).find((user) => sameAccount(user.name, identity));
  if (crmUser) {
    warnings.push(
      `${crmUser.name} is also a CRM user${crmUser.disabled ? " (disabled)" : ""}. A service account ` +
        "must not be one: adding the application pool account as a user is not supported (R27).",
    );
  }

  // Built-in identities are per machine, not an account services share.
  const shared = identity.includes("\\")
    ? SERVICE_KEYS.filter(
        (key) => key !== service && sameAccount(serviceAccountState(snapshot, key).identity, identity),
      )
    : [];
  if (shared.length > 0) {
    warnings.push(
      `${identity} already runs ${shared.join(", ")}. Each service should have a dedicated account (R27).`,
    );
  }

  return warnings;
}
