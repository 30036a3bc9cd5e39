import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { compileOrganization, formatError, runChecks } from "@/lib/engine";
import { parseScenarioText, parseScenarioValue } from "@/lib/scenario/parse";

import { base, errorsOf, orgErrors } from "./support/base-organization";

// Reading scenario files: JSON and YAML alike, and every error found returned at
// once with its key path.

const fabrikamJson = readFileSync("tests/fixtures/scenarios/fabrikam.json", "utf8");
const fabrikamYaml = readFileSync("tests/fixtures/scenarios/fabrikam.yaml", "utf8");

describe("reading", () => {
  it("reads JSON and YAML of the same shape to the same file", () => {
    const json = parseScenarioText(fabrikamJson);
    const yaml = parseScenarioText(fabrikamYaml);

    expect(json.ok && yaml.ok).toBe(true);
    if (json.ok && yaml.ok) expect(yaml.file).toEqual(json.file);
  });

  it("accepts a UTF-8 byte order mark", () => {
    expect(parseScenarioText(`\uFEFF${fabrikamJson}`, "json").ok).toBe(true);
  });

  it("names a JSON syntax error", () => {
    const result = parseScenarioText('{"organization": ', "json");

    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatError(result.errors[0])).toMatch(/^\(file\): not valid JSON: /);
  });

  it("names a YAML syntax error with its line", () => {
    const result = parseScenarioText("organization:\n  businessUnits: [\n", "yaml");

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/not valid YAML: .*line/);
  });

  it("keeps a valid file's organization compiled for the engine", () => {
    const result = parseScenarioText(fabrikamJson);

    expect(result.ok && result.organization.users.length).toBe(3);
  });
});

describe("all errors at once", () => {
  it("returns every error at once, shape and names together, in file order", () => {
    const errors = orgErrors(
      (o) => {
        o.businessUnits.push({ name: "A", parent: "B" }, { name: "B", parent: "A" });
        o.roles.push({
          name: "Bad",
          businessUnit: "Nowhere",
          privileges: { prvReadUoM: "Local", prvWriteAccount: "Hi" },
        });
        o.users.push(
          { name: "CONTOSO\\cy", businessUnit: "Sales", roles: ["Sales Mgr"] },
          { name: "CONTOSO\\dee", businessUnit: "Sales", accessMode: "Writer" },
        );
        o.teams.push({
          name: "Deal",
          businessUnit: "Sales",
          type: "Access",
          roles: ["Salesperson"],
          members: ["CONTOSO\\zed"],
        });
      },
      [
        { name: "c", user: "CONTOSO\\nobody", action: "Read", table: "account" },
        { name: "d", user: "CONTOSO\\ana", action: "Reed", table: "account" },
      ],
    );

    expect(errors).toEqual([
      "organization.businessUnits[3].parent: cycle in the business-unit tree: A -> B -> A (R1)",
      "organization.roles[2].privileges.prvWriteAccount: must be one of None, Basic, Local, " +
        'Deep, Global, not "Hi"',
      'organization.roles[2].businessUnit: no business unit "Nowhere"',
      'organization.users[2].roles[0]: no role "Sales Mgr" in Sales or above',
      "organization.users[3].accessMode: must be one of ReadWrite, Administrative, Read, " +
        'SupportUser, NonInteractive, DelegatedAdmin, not "Writer"',
      "organization.teams[0].roles: an access team holds no roles (R5)",
      'organization.teams[0].members[0]: no user "CONTOSO\\zed"',
      'checks[0].user: no user "CONTOSO\\nobody"',
      "checks[1].action: must be one of Create, Read, Write, Delete, Append, AppendTo, Assign, " +
        'Share, not "Reed"',
    ]);
  });

  it("does not report a reference to a malformed element as unknown", () => {
    const errors = orgErrors((o) => {
      o.users.push({ name: "CONTOSO\\cy", businessUnit: "Sales", disabled: "yes" });
      o.teams.push({ name: "Desk", businessUnit: "Sales", members: ["CONTOSO\\cy"] });
    });

    expect(errors).toEqual(['organization.users[2].disabled: expected boolean, not "yes"']);
  });

  it("allows the same role name in two units, each resolved from the holder's unit", () => {
    const errors = orgErrors((o) => {
      o.roles.push({ name: "Clerk", businessUnit: "Sales", privileges: {} });
      o.roles.push({ name: "Clerk", businessUnit: "Support", privileges: {} });
      o.users.push({ name: "CONTOSO\\cy", businessUnit: "Sales", roles: ["Clerk"] });
      o.users.push({ name: "CONTOSO\\dee", businessUnit: "Support", roles: ["Clerk"] });
    });

    expect(errors).toEqual([]);
  });

  it("compiles a snapshot built by the application the same way", () => {
    const organization = base();
    organization.users.push({ name: "CONTOSO\\cy", businessUnit: "Marketing" });
    const result = compileOrganization(organization as never);

    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map(formatError)).toEqual([
        'organization.users[2].businessUnit: no business unit "Marketing"',
      ]);
  });

  it("reads a built-in service account in any case, as its canonical name (R27)", () => {
    const organization = {
      ...base(),
      serviceAccounts: {
        CRMAppPool: "networkservice",
        AsyncService: "LOCALSYSTEM",
        SandboxService: "localService",
        DeploymentService: "applicationpoolidentity",
      },
    };
    const checks = [
      {
        name: "a step as CRMAppPool",
        step: { message: "Create", table: "account" },
        caller: "CONTOSO\\ana",
        expect: { outcome: "allowed", processAccount: "NetworkService" },
      },
    ];
    const result = parseScenarioValue({ organization, checks });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.organization.serviceAccounts).toEqual({
      CRMAppPool: "NetworkService",
      AsyncService: "LocalSystem",
      SandboxService: "LocalService",
      DeploymentService: "ApplicationPoolIdentity",
    });
    expect(runChecks(result.organization, result.file.checks ?? []).results[0]).toMatchObject({
      outcome: "allowed",
      processAccount: "NetworkService",
      met: true,
    });
  });

  it("refuses a file that is not an object", () => {
    expect(errorsOf([1, 2])).toEqual(["(file): expected object, not [1,2]"]);
  });
});
