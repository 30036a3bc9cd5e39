import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { compileOrganization, effectivePrivileges } from "@/lib/engine";
import { readSolutionRoles } from "@/lib/roles/solution-xml";
import type { OrganizationSnapshot } from "@/lib/scenario/schema";

// The reader on every real export in tests/fixtures/dataverse-roles (copies of
// the shared fixtures, MIT), with the counts SOURCES.md gives, and on the shapes
// those files do not cover.

const FIXTURES = "tests/fixtures/dataverse-roles";

const fixtures = [
  {
    file: "microsoft-nonprofits_volunteer-manager.xml",
    name: "Volunteer Manager",
    inheritance: "Direct",
    counts: { Basic: 217, Local: 36, Deep: 2, Global: 373 },
    has: {
      prvShareImport: "Deep",
      prvActivateSynchronousWorkflow: "Basic",
      prvReadmsnfp_availability: undefined,
    },
  },
  {
    file: "microsoft-nonprofits_send-email-as-another-user.xml",
    name: "Send Email as Another User",
    inheritance: "TeamOnly",
    counts: { Global: 2 },
    has: { prvSendAsUser: "Global", prvShareActivity: "Global" },
  },
  {
    file: "microsoft-automation-kit_automation-project-contributor.xml",
    name: "Automation Project Contributor",
    inheritance: "Direct",
    counts: { Basic: 7, Local: 137, Global: 84 },
    has: { prvFlow: undefined, prvReadflowsession: "Global" },
  },
  {
    file: "microsoft-automation-kit_automation-schedule-user.xml",
    name: "Automation Schedule User",
    inheritance: "Direct",
    counts: { Basic: 103, Global: 62 },
    has: { prvActivateSynchronousWorkflow: "Basic", prvReadflowsession: "Basic" },
  },
  {
    file: "pnp-powerplatform-samples_prompt-wagon-user.xml",
    name: "Prompt Wagon User",
    inheritance: "Direct",
    counts: { Basic: 29, Local: 16, Global: 60 },
    has: { prvActivateSynchronousWorkflow: "Basic" },
  },
  {
    file: "microsoft-coe-starter-kit_nurture-maker-sr.xml",
    name: "Nurture Maker SR",
    inheritance: "Direct",
    counts: { Global: 52 },
    has: { prvAppendadmin_CommunityHubComment: "Global" },
  },
];

function read(file: string) {
  const result = readSolutionRoles(readFileSync(`${FIXTURES}/${file}`, "utf8"));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));

  return result.roles;
}

describe("real role exports", () => {
  it.each(fixtures)("$file: $name", ({ file, name, inheritance, counts, has }) => {
    const [role, ...others] = read(file);
    const found: Record<string, number> = {};
    for (const level of Object.values(role.privileges)) found[level] = (found[level] ?? 0) + 1;

    expect(others).toEqual([]);
    expect(role.name).toBe(name);
    expect(role.inheritance).toBe(inheritance);
    expect(found).toEqual(counts);
    for (const [privilege, level] of Object.entries(has)) {
      expect(role.privileges[privilege]).toBe(level ?? role.privileges[privilege]);
      expect(role.privileges).toHaveProperty(privilege);
    }
  });

  it("reads the extra IsAutoAssigned element", () => {
    expect(read("microsoft-coe-starter-kit_nurture-maker-sr.xml")[0].autoAssigned).toBe(false);
  });

  it("keeps the role's id", () => {
    expect(read("microsoft-nonprofits_send-email-as-another-user.xml")[0].id).toBe(
      "{a1ca711d-f1b8-ed11-b596-000d3a0a237e}",
    );
  });

  it("gives roles the engine compiles and uses, every fixture in one organization", () => {
    const roles = fixtures
      .flatMap(({ file }) => read(file))
      .map((role) => ({
        name: role.name,
        businessUnit: "Root",
        inheritance: role.inheritance,
        privileges: role.privileges,
      }));
    const snapshot: OrganizationSnapshot = {
      businessUnits: [{ name: "Root", parent: null }],
      roles,
      users: [{ name: "CONTOSO\\vm", businessUnit: "Root", roles: ["Volunteer Manager"] }],
    };
    const compiled = compileOrganization(snapshot);

    expect(compiled.ok).toBe(true);
    if (compiled.ok) expect(effectivePrivileges(compiled.org, "CONTOSO\\vm").privileges).toHaveLength(628);
  });
});

describe("other shapes", () => {
  it("reads customizations.xml with several roles", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<ImportExportXml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="9.1">
  <Entities />
  <Roles>
    <Role id="{1}" name="Salesperson">
      <RolePrivileges>
        <RolePrivilege name="prvReadAccount" level="Local" />
        <RolePrivilege name="prvCustomThing" level="Global" />
      </RolePrivileges>
    </Role>
    <Role id="{2}" name="Queue Team" isinherited="0">
      <RolePrivileges><RolePrivilege name="prvReadQueue" level="Basic" /></RolePrivileges>
    </Role>
  </Roles>
</ImportExportXml>`;

    expect(readSolutionRoles(xml)).toEqual({
      ok: true,
      roles: [
        {
          id: "{1}",
          name: "Salesperson",
          inheritance: "Direct",
          privileges: { prvReadAccount: "Local", prvCustomThing: "Global" },
        },
        {
          id: "{2}",
          name: "Queue Team",
          inheritance: "TeamOnly",
          privileges: { prvReadQueue: "Basic" },
        },
      ],
    });
  });

  it("reads a role with no privileges", () => {
    const result = readSolutionRoles('<Role name="Empty"><RolePrivileges /></Role>');

    expect(result).toEqual({ ok: true, roles: [{ name: "Empty", inheritance: "Direct", privileges: {} }] });
  });

  it.each([
    {
      name: "malformed XML",
      xml: '<Role name="X"><RolePrivileges></Role>',
      error: /^not well-formed XML at line 1/,
    },
    {
      name: "an unknown root",
      xml: "<Roles />",
      error: /expected a <Role> or an <ImportExportXml> root element/,
    },
    {
      name: "a bad level",
      xml:
        '<Role name="X"><RolePrivileges><RolePrivilege name="prvReadAccount" ' +
        'level="Organization" /></RolePrivileges></Role>',
      error: /prvReadAccount: level must be one of None, Basic, Local, Deep, Global, not "Org/,
    },
    {
      name: "a bad isinherited",
      xml: '<Role name="X" isinherited="yes"><RolePrivileges /></Role>',
      error: /must be 0 or 1, not "yes"/,
    },
    {
      name: "a privilege listed twice",
      xml:
        '<Role name="X"><RolePrivileges><RolePrivilege name="prvReadAccount" level="Basic" ' +
        '/><RolePrivilege name="prvreadaccount" level="Global" /></RolePrivileges></Role>',
      error: /prvreadaccount is listed twice/,
    },
  ])("refuses $name", ({ xml, error }) => {
    const result = readSolutionRoles(xml);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(error);
  });

  it("names the key path of a bad entry", () => {
    const result = readSolutionRoles(
      '<Role name="X"><RolePrivileges><RolePrivilege name="prvA" level="Basic" /><RolePrivilege ' +
        'name="prvB" level="Low" /></RolePrivileges></Role>',
    );

    expect(result.ok === false && result.errors[0].path).toBe(
      "Role[0].RolePrivileges.RolePrivilege[1].level",
    );
  });
});
