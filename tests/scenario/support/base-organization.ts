import { formatError } from "@/lib/engine";
import { parseScenarioValue } from "@/lib/scenario/parse";

// A small valid organization that each refusal case changes in one place.
export function base() {
  return {
    businessUnits: [
      { name: "Contoso", parent: null },
      { name: "Sales", parent: "Contoso" },
      { name: "Support", parent: "Contoso" },
    ] as { name: string; parent: string | null }[],
    tables: [{ name: "uom", ownership: "Organization" }],
    roles: [
      { name: "Salesperson", businessUnit: "Contoso", privileges: { prvReadAccount: "Local" } },
      { name: "Sales Clerk", businessUnit: "Sales", privileges: { prvReadAccount: "Basic" } },
    ] as object[],
    users: [
      { name: "CONTOSO\\ana", businessUnit: "Sales", roles: ["Salesperson"] },
      { name: "CONTOSO\\ben", businessUnit: "Support" },
    ] as object[],
    teams: [] as object[],
  };
}

export function errorsOf(value: unknown): string[] {
  const result = parseScenarioValue(value);

  return result.ok ? [] : result.errors.map(formatError);
}

export type BaseOrganization = ReturnType<typeof base>;

export function orgErrors(change: (org: BaseOrganization) => void, checks?: object[]): string[] {
  const organization = base();
  change(organization);

  return errorsOf({ organization, ...(checks ? { checks } : {}) });
}
