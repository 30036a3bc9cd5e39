import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { bulkUserRole } from "@/lib/data/directory/bulk-user-roles";
import { createUser } from "@/lib/data/directory/create-user";
import { applyUserImport, previewUserImport } from "@/lib/data/directory/import-users";
import { listUsers } from "@/lib/data/directory/list-users";
import { moveToBusinessUnit, previewMove } from "@/lib/data/directory/move";
import { setUserDisabled, updateUser } from "@/lib/data/directory/update-user";
import { assignUserRole, removeUserRole } from "@/lib/data/directory/user-roles";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { ids, seedContoso } from "./directory-support";

describeOnEachDatabase("directory: users", (db) => {
  let admin: Actor;
  let auditor: Actor;
  let at: Awaited<ReturnType<typeof ids>>;

  beforeAll(async () => {
    await seedContoso(db());
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
    at = await ids(db());
  });

  const version = async (logon: string) => (await at.user(logon)).version;

  // Every mutation, with input an administrator could send, refused for the others.
  const mutations: [string, (actor: Actor | null) => Promise<unknown>][] = [
    ["createUser", (a) => createUser({ logon: "X\\sneaky", businessUnitId: at.units.Sales }, a)],
    [
      "updateUser",
      async (a) => {
        const u = await at.user("CONTOSO\\lee.gu");
        return updateUser({ userId: u.id, version: u.version, fullName: "Hacked", accessMode: "Read" }, a);
      },
    ],
    [
      "setUserDisabled",
      async (a) => {
        const u = await at.user("CONTOSO\\lee.gu");
        return setUserDisabled({ userId: u.id, version: u.version, disabled: "true" }, a);
      },
    ],
    [
      "assignUserRole",
      async (a) => {
        const u = await at.user("CONTOSO\\lee.gu");
        return assignUserRole({ userId: u.id, version: u.version, roleId: at.roles.Delegate }, a);
      },
    ],
    [
      "removeUserRole",
      async (a) => {
        const u = await at.user("CONTOSO\\lee.gu");
        return removeUserRole({ userId: u.id, version: u.version, roleId: at.roles["Basic User"] }, a);
      },
    ],
    [
      "moveUser",
      async (a) => {
        const u = await at.user("CONTOSO\\lee.gu");
        return moveToBusinessUnit(
          "user",
          { id: u.id, version: u.version, businessUnitId: at.units.Finance },
          a,
        );
      },
    ],
    [
      "bulkUserRole",
      async (a) => {
        const u = await at.user("CONTOSO\\lee.gu");
        return bulkUserRole({ userIds: [u.id], roleId: at.roles.Delegate, mode: "assign" }, a);
      },
    ],
    [
      "applyUserImport",
      (a) =>
        applyUserImport(
          { csv: "logon,fullName,businessUnit,roles,accessMode,disabled\nX\\csv,,Sales,,ReadWrite,false" },
          a,
        ),
    ],
  ];

  it.each(
    mutations.flatMap(([name, call]) => [
      [name, "an auditor", "FORBIDDEN", call, (): Actor | null => auditor] as const,
      [name, "a signed-out caller", "NOT_SIGNED_IN", call, (): Actor | null => null] as const,
    ]),
  )("%s: %s is refused and nothing is written", async (_name, _who, code, call, actor) => {
    const before = await countEverything(db());

    const result = await call(actor());

    expect(result).toMatchObject({ ok: false, code });
    expect(await countEverything(db())).toBe(before);
  });

  it.each([
    ["a logon without a domain", { logon: "jane" }, "logon", /DOMAIN\\name/],
    ["a logon taken in another case", { logon: "contoso\\ADELE.VANCE" }, "logon", /already taken/],
    ["SYSTEM (R4)", { logon: "CONTOSO\\system" }, "logon", /reserved/],
    [
      "an unknown access mode",
      { logon: "X\\ok", accessMode: "God" },
      "accessMode",
      /Access mode must be one of/,
    ],
    [
      "a business unit that is not there",
      { logon: "X\\ok", businessUnitId: crypto.randomUUID() },
      "businessUnitId",
      /no longer exists/,
    ],
  ])("createUser names the field for %s, writing nothing", async (_case, input, field, message) => {
    const before = await countEverything(db());

    const result = await createUser({ businessUnitId: at.units.Sales, ...input }, admin);

    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && result.fieldErrors?.[field]).toMatch(message);
    expect(await countEverything(db())).toBe(before);
  });

  it("creates a user with its audit event in the snapshot shape; an application user is non-interactive (R2)", async () => {
    const result = await createUser(
      {
        logon: "CONTOSO\\svc-new",
        fullName: "New service",
        businessUnitId: at.units.IT,
        accessMode: "Read",
        applicationUser: "true",
      },
      admin,
    );

    expect(result.ok).toBe(true);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "user.create", targetLabel: "CONTOSO\\svc-new" },
    });
    expect(event.after).toEqual({
      name: "CONTOSO\\svc-new",
      fullName: "New service",
      businessUnit: "IT",
      roles: [],
      teams: [],
      disabled: false,
      accessMode: "NonInteractive",
      applicationUser: true,
    });

    const user = await at.user("CONTOSO\\svc-new");
    const change = await updateUser(
      { userId: user.id, version: user.version, fullName: "x", accessMode: "ReadWrite" },
      admin,
    );
    expect(!change.ok && change.fieldErrors?.accessMode).toMatch(/cannot be changed/);
  });

  it("refuses an update over a newer version and shows what is stored now", async () => {
    const user = await at.user("CONTOSO\\lynne.robbins");
    const first = await updateUser(
      { userId: user.id, version: user.version, fullName: "Lynne R.", accessMode: "ReadWrite" },
      admin,
    );
    const second = await updateUser(
      { userId: user.id, version: user.version, fullName: "Lost", accessMode: "Read" },
      admin,
    );

    expect(first.ok).toBe(true);
    expect(second).toMatchObject({
      ok: false,
      code: "CONFLICT",
      conflict: { fullName: "Lynne R.", accessMode: "ReadWrite" },
    });
    expect((await at.user("CONTOSO\\lynne.robbins")).fullName).toBe("Lynne R.");
  });

  it("refuses a role from outside the user's business-unit ancestry (R7)", async () => {
    const user = await at.user("CONTOSO\\lidia.holloway");
    const before = await countEverything(db());

    const result = await assignUserRole(
      { userId: user.id, version: user.version, roleId: at.roles["Sales Manager"] },
      admin,
    );

    expect(!result.ok && result.fieldErrors?.roleId).toMatch(/R7/);
    expect(await countEverything(db())).toBe(before);
  });

  it("a move's review names each malformed field instead of failing on it", async () => {
    const review = previewMove("user", { id: "not-an-id", businessUnitId: 7 }, auditor);

    await expect(review).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { id: "Choose an existing item.", businessUnitId: expect.any(String) },
    });
  });

  it("a move removes every role (R6), says so first, and audits the move and the removal", async () => {
    const user = await at.user("CONTOSO\\alex.wilber");
    const preview = await previewMove("user", { id: user.id, businessUnitId: at.units.Finance }, admin);
    expect(preview.lost.map((role) => [role.name, role.rule])).toEqual([
      ["Basic User", "R6"],
      ["Sales Manager", "R6"],
    ]);

    const result = await moveToBusinessUnit(
      "user",
      { id: user.id, version: user.version, businessUnitId: at.units.Finance },
      admin,
    );

    expect(result).toMatchObject({ ok: true, data: { removed: ["Basic User", "Sales Manager"] } });
    const events = await db().auditEvent.findMany({ where: { targetId: user.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["user.move", "user.remove-role"]);
    expect(events[1].after).toMatchObject({ businessUnit: "Finance", roles: [] });
  });

  it("with the organization keeping roles, a move still removes those no longer valid there (R6, R7)", async () => {
    await db().organization.update({
      where: { id: 1 },
      data: { doNotRemoveRolesOnChangeBusinessUnit: true },
    });
    const user = await at.user("CONTOSO\\bianca.pisani");

    const result = await moveToBusinessUnit(
      "user",
      { id: user.id, version: user.version, businessUnitId: at.units.Finance },
      admin,
    );

    await db().organization.update({
      where: { id: 1 },
      data: { doNotRemoveRolesOnChangeBusinessUnit: false },
    });
    expect(result).toMatchObject({ ok: true, data: { removed: [] } });
    const sales = await at.user("CONTOSO\\megan.bowen");
    await db().organization.update({
      where: { id: 1 },
      data: { doNotRemoveRolesOnChangeBusinessUnit: true },
    });
    await assignUserRole(
      { userId: sales.id, version: sales.version, roleId: at.roles["Sales Manager"] },
      admin,
    );
    const moved = await moveToBusinessUnit(
      "user",
      { id: sales.id, version: await version("CONTOSO\\megan.bowen"), businessUnitId: at.units.IT },
      admin,
    );
    await db().organization.update({
      where: { id: 1 },
      data: { doNotRemoveRolesOnChangeBusinessUnit: false },
    });
    expect(moved).toMatchObject({ ok: true, data: { removed: ["Sales Manager"] } });
  });

  it("bulk assign is all or nothing, with one audit event per changed user", async () => {
    const finance = await at.user("CONTOSO\\lynne.robbins");
    const sales = await at.user("CONTOSO\\emily.braun");
    const before = await countEverything(db());

    const refused = await bulkUserRole(
      { userIds: [finance.id, sales.id], roleId: at.roles["Sales Manager"], mode: "assign" },
      admin,
    );
    expect(!refused.ok && refused.fieldErrors?.roleId).toMatch(/lynne.robbins.*R7/);
    expect(await countEverything(db())).toBe(before);

    const done = await bulkUserRole(
      { userIds: [finance.id, sales.id], roleId: at.roles.Delegate, mode: "assign" },
      admin,
    );
    expect(done).toMatchObject({ ok: true, data: { changed: 2 } });
    expect(
      await db().auditEvent.count({ where: { action: "user.assign-role", reason: { contains: "bulk" } } }),
    ).toBe(2);
  });

  it("CSV import: a row error names row and column and nothing is written; a good file goes in whole", async () => {
    const header = "logon,fullName,businessUnit,roles,accessMode,disabled";
    const bad = [
      header,
      "X\\one,One,Sales,Sales Manager,ReadWrite,false",
      "X\\two,Two,Finance,Sales Manager,Read,maybe",
      `X\\three,${"x".repeat(201)},Sales,,ReadWrite,false`,
    ].join("\n");
    const preview = await previewUserImport({ csv: bad }, admin);
    expect(preview.ok && preview.data.errors).toEqual([
      { line: 3, column: "disabled", message: "Must be true or false." },
      { line: 3, column: "roles", message: 'No role "Sales Manager" in Finance or above (R7).' },
      // The user form's own limit: an imported user must stay editable there.
      { line: 4, column: "fullName", message: "Full name must be at most 200 characters." },
    ]);
    const before = await countEverything(db());
    expect(await applyUserImport({ csv: bad }, admin)).toMatchObject({ ok: false, code: "IMPORT_ERRORS" });
    expect(await countEverything(db())).toBe(before);

    const good = [
      header,
      "X\\one,One,Sales,Sales Manager;Basic User,ReadWrite,false",
      '"X\\two","Two, Jr.",Finance,,Read,true',
    ].join("\r\n");
    expect(await applyUserImport({ csv: good }, admin)).toMatchObject({ ok: true, data: { created: 2 } });
    const two = await at.user("X\\two");
    expect(two).toMatchObject({ fullName: "Two, Jr.", accessMode: "Read", disabled: true });
  });

  it("lists a page and the total: logon prefix with a backslash, name contains, filters", async () => {
    const prefix = await listUsers({ q: "contoso\\ad", pageSize: 10 }, auditor);
    expect(prefix.users.map((u) => u.logon)).toEqual(["CONTOSO\\adele.vance"]);

    const name = await listUsers({ q: "ZZ" }, auditor);
    expect(name.total).toBe(0);
    const wildcard = await listUsers({ q: "%" }, auditor);
    expect(wildcard.total).toBe(0);

    const disabled = await listUsers({ state: "disabled", businessUnitId: at.units["Sales-West"] }, auditor);
    expect(disabled.users.map((u) => u.logon)).toEqual(["CONTOSO\\tom.departed"]);

    const viaTeam = await listUsers({ roleId: at.roles["Queue Worker"] }, auditor);
    expect(viaTeam.total).toBe(4);
  });
});
