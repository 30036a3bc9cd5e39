import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { loadOrganizationSnapshot } from "@/lib/data/snapshot/load";
import { replaceOrganization } from "@/lib/data/snapshot/replace";
import { parseScenarioText } from "@/lib/scenario/parse";
import type { OrganizationSnapshot } from "@/lib/scenario/schema";
import { describeOnEachDatabase } from "../support/databases";

// What is imported is what is exported: the demo organization goes into the
// database and comes back out the same, so export/import is a faithful backup.

const demo = parseScenarioText(readFileSync("prisma/demo/contoso.json", "utf8"), "json");
if (!demo.ok) throw new Error("the demo organization must parse");
const source = demo.file.organization;

const byName = <T extends { name: string }>(items: T[] = []) =>
  [...items].sort((a, b) => a.name.localeCompare(b.name));

function normalized(organization: OrganizationSnapshot) {
  return {
    businessUnits: byName(organization.businessUnits),
    roles: byName(organization.roles).map((role) => ({ ...role, inheritance: role.inheritance ?? "Direct" })),
    users: byName(organization.users).map((user) => ({
      name: user.name,
      businessUnit: user.businessUnit,
      roles: [...(user.roles ?? [])].sort(),
      disabled: user.disabled ?? false,
      accessMode: user.accessMode ?? "ReadWrite",
      applicationUser: user.applicationUser ?? false,
    })),
    teams: byName(organization.teams).map((team) => ({
      name: team.name,
      businessUnit: team.businessUnit,
      type: team.type ?? "Owner",
      roles: [...(team.roles ?? [])].sort(),
      members: [...team.members].sort(),
    })),
    serviceAccounts: organization.serviceAccounts,
    groups: Object.fromEntries(
      Object.entries(organization.groups ?? {}).map(([group, members]) => [
        group,
        [...(members ?? [])].sort(),
      ]),
    ),
    steps: byName(organization.pluginSteps).map((step) => ({
      name: step.name,
      runAs: step.runAs ?? null,
      operations: step.operations,
    })),
  };
}

describeOnEachDatabase("organization snapshot round trip", (db) => {
  it("loads back exactly the organization that was imported", async () => {
    await db().$transaction((tx) => replaceOrganization(tx, source, "Contoso"), { timeout: 60_000 });

    const loaded = await loadOrganizationSnapshot(db());

    const expected = normalized(source);
    expect(normalized(loaded)).toEqual({
      ...expected,
      // Every group exists in a deployment (R26), if only empty.
      groups: { PrivReportingGroup: [], ReportingGroup: [], SQLAccessGroup: [], ...expected.groups },
    });
  });
});
