import { type GroupName, SERVICES, type ServiceKey } from "./catalog";
import { isDomainAccount, sameAccount } from "./identity";

// R26: which AD groups a service's account must be in, and whether it is.
// R24: Network Service needs none of them by name (it acts on the network as
// the computer account, which Setup places in the groups); any other built-in
// identity cannot be made a member, so the platform refuses its calls.

export type MembershipStatus = "member" | "missing" | "not-needed" | "cannot";

export type Requirement = { group: GroupName; status: MembershipStatus; text: string };

export type GroupMembers = Partial<Record<GroupName, readonly string[]>>;

export function requiredMemberships(
  service: ServiceKey,
  identity: string,
  groups: GroupMembers,
): Requirement[] {
  return SERVICES[service].requiredGroups.map((group) => {
    if (identity === "NetworkService") {
      const text = `Network Service acts as the computer account, which Setup adds to ${group} (R24, R26).`;
      return { group, status: "not-needed", text };
    }
    if (!isDomainAccount(identity)) {
      const text =
        `${identity} is a built-in identity and cannot be made a member of ${group}: ` +
        "use Network Service or a domain account (R24, R26).";
      return { group, status: "cannot", text };
    }
    if ((groups[group] ?? []).some((member) => sameAccount(member, identity))) {
      return { group, status: "member", text: `${identity} is a member of ${group} (R26).` };
    }

    return { group, status: "missing", text: `${identity} must be a member of ${group} (R26).` };
  });
}

export function missingGroups(requirements: readonly Requirement[]): GroupName[] {
  return requirements.filter((r) => r.status === "missing").map((r) => r.group);
}

export function isSatisfied(requirement: Requirement) {
  return requirement.status === "member" || requirement.status === "not-needed";
}
