import { type GroupName, isServiceKey, SERVICES, type ServiceKey } from "@/lib/data/services/catalog";
import { identityLabel, isBuiltIn, isDomainAccount } from "@/lib/data/services/identity";
import { requiredMemberships } from "@/lib/data/services/requirements";

// What is wrong with the deployment's service accounts and groups, each with
// the rule it breaks, what it means in plain words and where to fix it. Pure:
// the loader passes in the accounts, the groups and the CRM users they name.

export type Severity = "critical" | "high" | "medium";

export type Finding = {
  key: string;
  severity: Severity;
  rule: "R24" | "R26" | "R27";
  title: string;
  explanation: string;
  fix: { label: string; href: string };
};

export type FindingsInput = {
  services: { service: string; identity: string }[];
  groups: Partial<Record<GroupName, readonly string[]>>;
  /** CRM users whose logon is a service identity or a PrivUserGroup member. */
  users: { logon: string; disabled: boolean }[];
};

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2 };

// R24: these two decide whether plug-ins outside the sandbox can run at all.
const PLUGIN_RUNNERS: Partial<Record<ServiceKey, string>> = {
  CRMAppPool: "every synchronous plug-in outside the sandbox",
  AsyncService: "every asynchronous plug-in outside the sandbox, and every workflow",
};

const q = (value: string) => encodeURIComponent(value);

export function groupFixHref(group: GroupName, params: { add?: string; remove?: string; reason?: string }) {
  const query = Object.entries(params)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${q(value!)}`);

  return `/groups/${group}${query.length ? `?${query.join("&")}` : ""}`;
}

export function changeHref(service: ServiceKey, identity?: string) {
  return `/services/${service}/change${identity ? `?identity=${q(identity)}&addMissing=on` : ""}`;
}

type Running = { service: ServiceKey; identity: string };

export function computeFindings(input: FindingsInput): Finding[] {
  const services = input.services.filter((s): s is Running => isServiceKey(s.service));
  const userByLogon = new Map(input.users.map((user) => [user.logon.toLowerCase(), user]));
  const findings = [
    ...services.flatMap((s) => membershipFindings(s.service, s.identity, input.groups)),
    ...crmUserFindings(services, userByLogon),
    ...sharedFindings(services),
    ...departedFindings(services, input.groups.PrivUserGroup ?? [], userByLogon),
  ];

  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function membershipFindings(
  service: ServiceKey,
  identity: string,
  groups: FindingsInput["groups"],
): Finding[] {
  const runs = PLUGIN_RUNNERS[service];
  const title = `${SERVICES[service].title} (${service})`;

  return requiredMemberships(service, identity, groups).flatMap((requirement): Finding[] => {
    const { group, status } = requirement;
    const critical = group === "PrivUserGroup" && runs !== undefined;
    const consequence = critical
      ? ` Until it is, ${runs} fails with CheckPrivilegeGroupForUserOnPremiseError (0x80048401).`
      : "";

    if (status === "missing") {
      return [
        {
          key: `membership:${service}:${group}`,
          severity: critical ? "critical" : "high",
          rule: critical ? "R24" : "R26",
          title: `${title} runs as ${identity}, which is not in ${group}`,
          explanation: `${identity} is not Network Service, so it must be a member of ${group}.${consequence}`,
          fix: {
            label: `Add ${identity} to ${group}`,
            href: groupFixHref(group, { add: identity, reason: `Required for ${service} (R26)` }),
          },
        },
      ];
    }
    if (status === "cannot" && group === "PrivUserGroup") {
      return [
        {
          key: `membership:${service}:${group}`,
          severity: runs ? "critical" : "high",
          rule: runs ? "R24" : "R26",
          title: `${title} runs as ${identityLabel(identity)}, which cannot be in ${group}`,
          explanation:
            `A built-in identity other than Network Service cannot be made a member of ${group}.` +
            (runs ? ` ${runs[0].toUpperCase()}${runs.slice(1)} fails with 0x80048401.` : "") +
            " Move the service to Network Service or a dedicated domain account.",
          fix: { label: `Change the identity of ${service}`, href: changeHref(service) },
        },
      ];
    }

    return [];
  });
}

function crmUserFindings(
  services: Running[],
  users: Map<string, { logon: string; disabled: boolean }>,
): Finding[] {
  return services
    .filter((s) => isDomainAccount(s.identity) && users.has(s.identity.toLowerCase()))
    .map((s) => ({
      key: `crm-user:${s.service}`,
      severity: "high" as const,
      rule: "R27" as const,
      title: `${SERVICES[s.service].title} (${s.service}) runs as ${s.identity}, which is also a CRM user`,
      explanation:
        "A service account must be dedicated to its service and must not also be a CRM user: " +
        "adding a service account as a user is not supported, and anyone who signs in as it " +
        "acts with the service's trust. Move the service to a dedicated account.",
      fix: { label: `Change the identity of ${s.service}`, href: changeHref(s.service) },
    }));
}

function sharedFindings(services: Running[]): Finding[] {
  const byAccount = new Map<string, ServiceKey[]>();
  for (const s of services) {
    if (isBuiltIn(s.identity) || !s.identity.includes("\\")) continue;
    const key = s.identity.toLowerCase();
    byAccount.set(key, [...(byAccount.get(key) ?? []), s.service]);
  }

  return [...byAccount.values()]
    .filter((keys) => keys.length > 1)
    .map((keys) => {
      const account = services.find((s) => s.service === keys[0])!.identity;
      return {
        key: `shared:${account.toLowerCase()}`,
        severity: "medium" as const,
        rule: "R27" as const,
        title: `${account} runs ${keys.length} services: ${keys.join(", ")}`,
        explanation:
          "Each service should have a dedicated account, so that a password change, a lockout " +
          "or a compromise touches one service only.",
        fix: { label: `Give ${keys[1]} its own account`, href: changeHref(keys[1]) },
      };
    });
}

function departedFindings(
  services: Running[],
  members: readonly string[],
  users: Map<string, { logon: string; disabled: boolean }>,
): Finding[] {
  const identities = new Set(services.map((s) => s.identity.toLowerCase()));

  return members.flatMap((account): Finding[] => {
    const lowered = account.toLowerCase();
    if (identities.has(lowered)) return [];
    const user = users.get(lowered);
    if (user && !user.disabled) return [];

    const what = user ? "a disabled CRM user" : "neither a service account nor a CRM user";
    return [
      {
        key: `departed:${lowered}`,
        severity: "high",
        rule: "R26",
        title: `${account} is still in PrivUserGroup`,
        explanation:
          `${account} is ${what}, yet PrivUserGroup still trusts it to act for other users. ` +
          "Only the deployment's service accounts need this group (R26).",
        fix: {
          label: `Remove ${account} from PrivUserGroup`,
          href: groupFixHref("PrivUserGroup", { remove: account }),
        },
      },
    ];
  });
}
