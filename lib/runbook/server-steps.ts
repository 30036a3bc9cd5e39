import { type GroupName, SERVICES, type ServiceKey } from "@/lib/data/services/catalog";
import { identityLabel, isDomainAccount } from "@/lib/data/services/identity";

// R28: what changing a service's identity takes, in the order an administrator
// does it. The change page shows these steps; the runbook scripts them.

export type ChangeSteps = { domain: string[]; perServer: { server: string; steps: string[] }[] };

// IIS_WPG and CRM_WPG are the local groups R28 names; on IIS 7 and later
// IIS_WPG is kept by CRM Setup for compatibility beside IIS_IUSRS.
export const LOCAL_GROUPS = ["IIS_WPG", "CRM_WPG"] as const;

export function domainGroupsFor(service: ServiceKey, identity: string): (GroupName | "Domain Users")[] {
  if (!isDomainAccount(identity)) return [];

  return [...SERVICES[service].requiredGroups, "Domain Users"];
}

export function changeSteps(service: ServiceKey, identity: string, servers: readonly string[]): ChangeSteps {
  const info = SERVICES[service];
  const account = identityLabel(identity);
  const domainAccount = isDomainAccount(identity);
  const groups = domainGroupsFor(service, identity);

  const inDirectory = `Add ${account} to ${groups.join(", ")} in Active Directory (R26, R28).`;
  const domain = groups.length ? [inDirectory] : [];
  const steps: string[] = [];
  if (info.host.kind === "app-pool") {
    if (domainAccount) steps.push(`Add ${account} to the local groups ${LOCAL_GROUPS.join(" and ")} (R28).`);
    steps.push(`Set the identity of the IIS application pool ${info.host.pool} to ${account} (R28).`);
    steps.push(`Recycle the application pool ${info.host.pool} (R28).`);
  } else {
    const names = info.host.names.join(" and ");
    steps.push(`Set the log-on account of the Windows service ${names} to ${account}.`);
    steps.push(`Restart ${names}.`);
  }

  const targets = servers.length ? servers : ["each server that runs this service"];

  return { domain, perServer: targets.map((server) => ({ server, steps })) };
}
