import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import {
  createBusinessUnit,
  deleteBusinessUnit,
  renameBusinessUnit,
} from "@/lib/data/directory/business-unit-changes";
import { previewReparent, reparentBusinessUnit } from "@/lib/data/directory/reparent-unit";
import { moveToBusinessUnit } from "@/lib/data/directory/move";
import { createTeam, deleteTeam, renameTeam } from "@/lib/data/directory/team-changes";
import { addTeamMember, removeTeamMember } from "@/lib/data/directory/team-members";
import { assignTeamRole, removeTeamRole } from "@/lib/data/directory/team-roles";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { ids, seedContoso } from "./directory-support";

describeOnEachDatabase("directory: business units and teams", (db) => {
  let admin: Actor;
  let auditor: Actor;
  let at: Awaited<ReturnType<typeof ids>>;

  beforeAll(async () => {
    await seedContoso(db());
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
    at = await ids(db());
  });

  const unit = (name: string) =>
    db().businessUnit.findUniqueOrThrow({ where: { nameLower: name.toLowerCase() } });
  const team = (name: string) => at.team(name);
  const someone = () => at.user("CONTOSO\\grady.archie");

  const mutations: [string, (actor: Actor | null) => Promise<unknown>][] = [
    ["createBusinessUnit", (a) => createBusinessUnit({ name: "Rogue", parentId: at.units.Contoso }, a)],
    [
      "renameBusinessUnit",
      async (a) => {
        const u = await unit("IT");
        return renameBusinessUnit({ id: u.id, version: u.version, name: "X" }, a);
      },
    ],
    [
      "reparentBusinessUnit",
      async (a) => {
        const u = await unit("IT");
        return reparentBusinessUnit({ id: u.id, version: u.version, parentId: at.units.Sales }, a);
      },
    ],
    [
      "deleteBusinessUnit",
      async (a) => {
        const u = await unit("IT");
        return deleteBusinessUnit({ id: u.id, version: u.version }, a);
      },
    ],
    ["createTeam", (a) => createTeam({ name: "Rogue", businessUnitId: at.units.Sales, type: "Owner" }, a)],
    [
      "renameTeam",
      async (a) => {
        const t = await team("Finance Approvers");
        return renameTeam({ id: t.id, version: t.version, name: "X" }, a);
      },
    ],
    [
      "deleteTeam",
      async (a) => {
        const t = await team("Finance Approvers");
        return deleteTeam({ id: t.id, version: t.version }, a);
      },
    ],
    [
      "addTeamMember",
      async (a) => {
        const t = await team("Finance Approvers");
        return addTeamMember({ teamId: t.id, version: t.version, userId: (await someone()).id }, a);
      },
    ],
    [
      "removeTeamMember",
      async (a) => {
        const t = await team("Finance Approvers");
        return removeTeamMember(
          { teamId: t.id, version: t.version, userId: (await at.user("CONTOSO\\irvin.sayers")).id },
          a,
        );
      },
    ],
    [
      "assignTeamRole",
      async (a) => {
        const t = await team("Finance Approvers");
        return assignTeamRole({ teamId: t.id, version: t.version, roleId: at.roles.Delegate }, a);
      },
    ],
    [
      "removeTeamRole",
      async (a) => {
        const t = await team("Finance Approvers");
        return removeTeamRole({ teamId: t.id, version: t.version, roleId: at.roles["Finance Clerk"] }, a);
      },
    ],
    [
      "moveTeam",
      async (a) => {
        const t = await team("Finance Approvers");
        return moveToBusinessUnit("team", { id: t.id, version: t.version, businessUnitId: at.units.IT }, a);
      },
    ],
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

  it.each([
    ["the root", "Contoso", "ROOT_UNIT", /root/],
    [
      "a unit with users, teams, roles and children",
      "Sales",
      "NOT_EMPTY",
      /2 users, 1 team, 2 child business units, 1 security role/,
    ],
    ["a unit with a security role only", "Service", "NOT_EMPTY", /security role/],
  ])("R1: refuses to delete %s, writing nothing", async (_case, name, code, message) => {
    const u = await unit(name);
    const before = await countEverything(db());

    const result = await deleteBusinessUnit({ id: u.id, version: u.version }, admin);

    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).toMatch(message);
    expect(await countEverything(db())).toBe(before);
  });

  it("creates, renames and deletes an empty unit, each with its audit event", async () => {
    const created = await createBusinessUnit({ name: "Lab", parentId: at.units.IT }, admin);
    expect(created.ok).toBe(true);
    expect(await createBusinessUnit({ name: "LAB", parentId: at.units.IT }, admin)).toMatchObject({
      ok: false,
      fieldErrors: { name: "A business unit named Lab already exists (names ignore case)." },
    });

    const lab = await unit("Lab");
    expect(
      await renameBusinessUnit({ id: lab.id, version: lab.version, name: "Research" }, admin),
    ).toMatchObject({ ok: true });
    const stale = await renameBusinessUnit({ id: lab.id, version: lab.version, name: "Lost" }, admin);
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      conflict: { name: "Research", parent: "IT" },
    });

    const research = await unit("Research");
    expect(await deleteBusinessUnit({ id: research.id, version: research.version }, admin)).toMatchObject({
      ok: true,
    });
    const actions = (
      await db().auditEvent.findMany({ where: { targetId: lab.id }, orderBy: { at: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["business-unit.create", "business-unit.rename", "business-unit.delete"]);
  });

  it.each([
    ["the root", "Contoso", "Sales", /root/],
    ["under itself", "Sales", "Sales", /cycle/],
    ["under its own child", "Sales", "Sales-East", /cycle/],
  ])("R1: refuses to move %s", async (_case, name, parent, message) => {
    const u = await unit(name);

    const result = await reparentBusinessUnit(
      { id: u.id, version: u.version, parentId: at.units[parent] },
      admin,
    );

    expect(!result.ok && result.fieldErrors?.parentId).toMatch(message);
  });

  it("R5: an access team holds no roles", async () => {
    const access = await team("Key Account Review");
    const before = await countEverything(db());

    const result = await assignTeamRole(
      { teamId: access.id, version: access.version, roleId: at.roles.Salesperson },
      admin,
    );

    expect(!result.ok && result.fieldErrors?.roleId).toMatch(/access team.*R5/);
    expect(await countEverything(db())).toBe(before);
  });

  it("R7: a team takes roles only from its business unit or above", async () => {
    const owners = await team("Sales East Owners");

    const refused = await assignTeamRole(
      { teamId: owners.id, version: owners.version, roleId: at.roles["Service Manager"] },
      admin,
    );
    const allowed = await assignTeamRole(
      { teamId: owners.id, version: owners.version, roleId: at.roles["Sales Manager"] },
      admin,
    );

    expect(!refused.ok && refused.fieldErrors?.roleId).toMatch(/R7/);
    expect(allowed.ok).toBe(true);
  });

  it("a membership change audits both the team and the user", async () => {
    const created = await createTeam(
      { name: "Night shift", businessUnitId: at.units.Service, type: "Owner" },
      admin,
    );
    expect(created.ok).toBe(true);
    const night = await team("Night shift");
    const user = await someone();

    expect(
      await addTeamMember({ teamId: night.id, version: night.version, userId: user.id }, admin),
    ).toMatchObject({ ok: true });
    const stale = await addTeamMember(
      { teamId: night.id, version: night.version, userId: (await at.user("CONTOSO\\lee.gu")).id },
      admin,
    );
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      conflict: { members: ["CONTOSO\\grady.archie"] },
    });

    const events = await db().auditEvent.findMany({
      where: { action: { in: ["team.add-member", "user.join-team"] } },
    });
    expect(events.map((e) => [e.targetType, e.after && (e.after as { name: string }).name])).toEqual(
      expect.arrayContaining([
        ["team", "Night shift"],
        ["user", "CONTOSO\\grady.archie"],
      ]),
    );
    const userEvent = events.find((e) => e.targetType === "user")!;
    expect(userEvent.after).toMatchObject({ teams: ["Night shift"] });
  });

  it("R6: moving a team removes its roles and audits both", async () => {
    const approvers = await team("Finance Approvers");

    const result = await moveToBusinessUnit(
      "team",
      { id: approvers.id, version: approvers.version, businessUnitId: at.units.IT },
      admin,
    );

    expect(result).toMatchObject({ ok: true, data: { removed: ["Finance Clerk"] } });
    const actions = (
      await db().auditEvent.findMany({ where: { targetId: approvers.id }, orderBy: { at: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["team.move", "team.remove-role"]);
  });
});
