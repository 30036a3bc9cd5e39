import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { copyRole } from "@/lib/data/directory/copy-role";
import { applyRoleImport, previewRoleImport } from "@/lib/data/directory/import-roles";
import { getRole } from "@/lib/data/directory/list-roles";
import { saveRolePrivileges } from "@/lib/data/directory/save-role";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { ids, seedContoso } from "./directory-support";

const FIXTURES = "tests/fixtures/dataverse-roles";
const nurture = readFileSync(`${FIXTURES}/microsoft-coe-starter-kit_nurture-maker-sr.xml`, "utf8");

describeOnEachDatabase("directory: security roles", (db) => {
  let admin: Actor;
  let auditor: Actor;
  let at: Awaited<ReturnType<typeof ids>>;

  beforeAll(async () => {
    await seedContoso(db());
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
    at = await ids(db());
  });

  const role = (id: string) => getRole(id, admin);

  const mutations: [string, (actor: Actor | null) => Promise<unknown>][] = [
    [
      "saveRolePrivileges",
      async (a) => {
        const { role: r, privileges } = await role(at.roles.Delegate);
        return saveRolePrivileges(
          { roleId: r.id, version: r.version, inheritance: "Direct", privileges: {}, base: privileges },
          a,
        );
      },
    ],
    [
      "copyRole",
      (a) => copyRole({ roleId: at.roles.Delegate, name: "Copy", businessUnitId: at.units.Sales }, a),
    ],
    ["applyRoleImport", (a) => applyRoleImport({ xml: nurture, businessUnitId: at.units.IT }, a)],
    ["previewRoleImport", (a) => previewRoleImport({ xml: nurture, businessUnitId: at.units.IT }, a)],
  ];

  it.each(
    mutations.flatMap(([name, call]) => [
      [name, "an auditor", "FORBIDDEN", call, (): Actor | null => auditor] as const,
      [name, "a signed-out caller", "NOT_SIGNED_IN", call, (): Actor | null => null] as const,
    ]),
  )("%s: %s is refused and nothing is written", async (_name, _who, code, call, actor) => {
    const before = await countEverything(db());

    expect(await call(actor())).toMatchObject({ ok: false, code });
    expect(await countEverything(db())).toBe(before);
  });

  it("the grid has a row per table, including tables only a privilege names, and misc privileges apart", async () => {
    const { grid } = await role(at.roles["System Administrator"]);

    expect(grid.rows.find((row) => row.table === "uom")).toMatchObject({ organizationOwned: true });
    expect(grid.rows.find((row) => row.table === "account")?.cells.AppendTo).toMatchObject({
      privilege: "prvAppendToAccount",
      level: "Global",
    });
    expect(grid.misc.map((cell) => cell.privilege)).toContain("prvActOnBehalfOfAnotherUser");
  });

  it("saves the whole grid with an audit event; a stale save is refused and lists what changed", async () => {
    const copy = await copyRole(
      { roleId: at.roles["Finance Clerk"], name: "Clerk B", businessUnitId: at.units.Finance },
      admin,
    );
    if (!copy.ok) throw new Error(copy.message);
    const opened = await role(copy.data.id);

    const first = await saveRolePrivileges(
      {
        roleId: opened.role.id,
        version: opened.role.version,
        inheritance: "Direct",
        privileges: { ...opened.privileges, prvDeleteInvoice: "Local" },
        base: opened.privileges,
      },
      admin,
    );
    expect(first).toMatchObject({ ok: true, data: { changed: 1 } });

    const before = await countEverything(db());
    const second = await saveRolePrivileges(
      {
        roleId: opened.role.id,
        version: opened.role.version,
        inheritance: "TeamOnly",
        privileges: { ...opened.privileges, prvExportToExcel: "Global" },
        base: opened.privileges,
      },
      admin,
    );
    expect(second).toMatchObject({
      ok: false,
      code: "CONFLICT",
      conflict: { changes: [{ privilege: "prvDeleteInvoice", from: "None", to: "Local" }] },
    });
    expect(await countEverything(db())).toBe(before);
    expect((await role(opened.role.id)).privileges).toMatchObject({ prvDeleteInvoice: "Local" });

    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "security-role.update", targetId: opened.role.id },
    });
    expect(event.after).toMatchObject({
      name: "Clerk B",
      businessUnit: "Finance",
      privileges: { prvDeleteInvoice: "Local" },
    });
  });

  it("R9: an organization-owned table takes only None or Global", async () => {
    const opened = await role(at.roles.Delegate);

    const result = await saveRolePrivileges(
      {
        roleId: opened.role.id,
        version: opened.role.version,
        inheritance: "Direct",
        privileges: { ...opened.privileges, prvReadUoM: "Local" },
        base: opened.privileges,
      },
      admin,
    );

    expect(!result.ok && result.fieldErrors?.privileges).toMatch(/prvReadUoM.*R9/);
  });

  it("R9: an imported role is held to the same rule, in the preview already, and nothing is written", async () => {
    const xml =
      '<Role id="{6f1c2a52-94e4-4b1e-9d0e-3c5b7a1e2f10}" name="Currency Reader"><RolePrivileges>' +
      '<RolePrivilege name="prvReadAccount" level="Local" />' +
      '<RolePrivilege name="prvReadTransactionCurrency" level="Basic" />' +
      "</RolePrivileges></Role>";
    const before = await countEverything(db());

    const preview = await previewRoleImport({ xml, businessUnitId: at.units.IT }, admin);
    const applied = await applyRoleImport(
      { xml, businessUnitId: at.units.IT, expected: { "Currency Reader": null } },
      admin,
    );

    for (const result of [preview, applied]) {
      expect(!result.ok && result.fieldErrors?.xml).toBe(
        "Role Currency Reader: prvReadTransactionCurrency (Basic): organization-owned tables take only None " +
          "or Global (R9).",
      );
    }
    expect(await countEverything(db())).toBe(before);
  });

  it("copy refuses a name already used in the target business unit, naming the field", async () => {
    const result = await copyRole(
      { roleId: at.roles.Delegate, name: "sales manager", businessUnitId: at.units.Sales },
      admin,
    );

    expect(!result.ok && result.fieldErrors?.name).toBe("Sales already has a role named Sales Manager.");
  });

  it("copy refuses a name a role above or below already has (R7), nothing written", async () => {
    const before = await countEverything(db());

    const below = await copyRole(
      { roleId: at.roles.Delegate, name: "Basic User", businessUnitId: at.units["Sales-East"] },
      admin,
    );
    const above = await copyRole(
      { roleId: at.roles.Delegate, name: "Sales Manager", businessUnitId: at.units.Contoso },
      admin,
    );

    expect(!below.ok && below.fieldErrors?.name).toBe(
      "Contoso, above Sales-East, already has a role named Basic User: one name would stand for two roles " +
        "on one branch (R7). Choose another name.",
    );
    expect(!above.ok && above.fieldErrors?.name).toMatch(
      /^Sales, below Contoso, already has a role named Sales/,
    );
    expect(await countEverything(db())).toBe(before);
    // Beside each other, not on one branch: Finance and Sales may both have one.
    expect(
      await copyRole({ roleId: at.roles.Delegate, name: "Desk", businessUnitId: at.units.Finance }, admin),
    ).toMatchObject({ ok: true });
    expect(
      await copyRole({ roleId: at.roles.Delegate, name: "Desk", businessUnitId: at.units.Sales }, admin),
    ).toMatchObject({ ok: true });
  });

  it("imports solution XML: preview, apply in one go, and a second preview shows no change", async () => {
    const preview = await previewRoleImport({ xml: nurture, businessUnitId: at.units.IT }, admin);
    if (!preview.ok) throw new Error(preview.message);
    const [plan] = preview.data.plans;
    expect(plan).toMatchObject({ name: "Nurture Maker SR", status: "new", removed: [], changed: [] });
    expect(plan.added.length).toBeGreaterThan(10);

    expect(
      await applyRoleImport(
        { xml: nurture, businessUnitId: at.units.IT, expected: { [plan.name]: null } },
        admin,
      ),
    ).toMatchObject({ ok: true, data: { applied: 1 } });
    const again = await previewRoleImport({ xml: nurture, businessUnitId: at.units.IT }, admin);
    expect(again.ok && again.data.plans[0].status).toBe("unchanged");
    // A new role of that name above IT would take the name from IT's (R7).
    const above = await previewRoleImport({ xml: nurture, businessUnitId: at.units.Contoso }, admin);
    expect(!above.ok && above.fieldErrors?.xml).toMatch(
      /^IT, below Contoso, already has a role named Nurture/,
    );
  });

  it("import names what is wrong in a broken file and refuses a role that moved on since the preview", async () => {
    const broken = await previewRoleImport(
      { xml: "<Role><RolePrivileges>", businessUnitId: at.units.IT },
      admin,
    );
    expect(!broken.ok && broken.fieldErrors?.xml).toMatch(/not well-formed/);

    const edited = nurture.replace(/level="Global"/, 'level="Basic"');
    const stale = await applyRoleImport(
      { xml: edited, businessUnitId: at.units.IT, expected: { "Nurture Maker SR": null } },
      admin,
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});
