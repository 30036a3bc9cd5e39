import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { copyRole } from "@/lib/data/directory/copy-role";
import { assignTeamRole } from "@/lib/data/directory/team-roles";
import { assignUserRole } from "@/lib/data/directory/user-roles";
import { previewReparent, reparentBusinessUnit } from "@/lib/data/directory/reparent-unit";
import { compiledOrganization } from "@/lib/data/engine/organization";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { ids, seedContoso } from "./directory-support";

// Moving a business unit under another parent changes the ancestry of every
// unit below it. R7: a role is usable in its own BU and below, so a role from
// an old ancestor that is not a new one can no longer be held there. The move
// lists those assignments first and removes them with it, so the stored
// organization stays one the engine accepts.
describeOnEachDatabase("directory: re-parenting a business unit (R1, R7)", (db) => {
  let admin: Actor;
  let auditor: Actor;
  let at: Awaited<ReturnType<typeof ids>>;
  const unit = (name: string) =>
    db().businessUnit.findUniqueOrThrow({ where: { nameLower: name.toLowerCase() } });

  beforeAll(async () => {
    await seedContoso(db());
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
    at = await ids(db());

    // Sales Manager belongs to Sales: held in Sales-East, below it, by a user and a team.
    const bianca = await at.user("CONTOSO\\bianca.pisani");
    const owners = await at.team("Sales East Owners");
    const roleId = at.roles["Sales Manager"]!;
    expect(await assignUserRole({ userId: bianca.id, version: bianca.version, roleId }, admin)).toMatchObject(
      {
        ok: true,
      },
    );
    expect(await assignTeamRole({ teamId: owners.id, version: owners.version, roleId }, admin)).toMatchObject(
      {
        ok: true,
      },
    );
  });

  it("the review lists every assignment the new parent puts outside R7, and changes nothing", async () => {
    const east = await unit("Sales-East");
    const before = await countEverything(db());

    const review = await previewReparent({ id: east.id, businessUnitId: at.units.Service! }, auditor);

    expect(review.to).toBe("Service");
    expect(review.lost.map((item) => [item.name, item.rule])).toEqual([
      ["Sales Manager, held by CONTOSO\\bianca.pisani", "R7"],
      ["Sales Manager, held by Sales East Owners", "R7"],
    ]);
    expect(review.lost[0]!.why).toMatch(/belongs to Sales, which would no longer be above Sales-East/);
    // Roles from the root stay usable everywhere (Salesperson, Basic User).
    expect(review.lost.some((item) => item.name.startsWith("Salesperson"))).toBe(false);
    expect(await countEverything(db())).toBe(before);
  });

  it("refuses a move whose review is out of date, writing nothing", async () => {
    const east = await unit("Sales-East");
    const before = await countEverything(db());

    const result = await reparentBusinessUnit(
      { id: east.id, version: east.version, parentId: at.units.Service, expectedRemovals: 1 },
      admin,
    );

    expect(result).toMatchObject({ ok: false, code: "REVIEW_OUTDATED" });
    expect((await unit("Sales-East")).parentId).toBe(at.units.Sales);
    expect(await countEverything(db())).toBe(before);
  });

  it("refuses an Auditor, writing nothing", async () => {
    const east = await unit("Sales-East");
    const before = await countEverything(db());

    const result = await reparentBusinessUnit(
      { id: east.id, version: east.version, parentId: at.units.Service, expectedRemovals: 2 },
      auditor,
    );

    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await countEverything(db())).toBe(before);
  });

  it("moves the unit, removes the listed assignments with an audit event each, and the engine still compiles", async () => {
    const east = await unit("Sales-East");

    const result = await reparentBusinessUnit(
      { id: east.id, version: east.version, parentId: at.units.Service, expectedRemovals: 2 },
      admin,
    );

    expect(result).toMatchObject({ ok: true, data: { to: "Service" } });
    expect((await unit("Sales-East")).parentId).toBe(at.units.Service);
    const bianca = await db().userRole.findMany({
      where: { user: { logonLower: "contoso\\bianca.pisani" } },
      select: { role: { select: { name: true } } },
    });
    expect(bianca.map((held) => held.role.name).sort()).toEqual(["Basic User", "Salesperson"]);
    const removals = await db().auditEvent.findMany({
      where: { action: { in: ["user.remove-role", "team.remove-role"] }, reason: { contains: "R7" } },
    });
    expect(removals.map((event) => event.targetLabel).sort()).toEqual([
      "CONTOSO\\bianca.pisani",
      "Sales East Owners",
    ]);
    expect(removals.every((event) => JSON.stringify(event.before).includes("Sales Manager"))).toBe(true);

    const { organization } = await compiledOrganization(db());
    expect(organization.userIndex.has("contoso\\bianca.pisani")).toBe(true);
  });

  it("refuses a new parent under which one role name would stand for two roles (R7)", async () => {
    const copied = await copyRole(
      { roleId: at.roles.Delegate, name: "Service Manager", businessUnitId: at.units["Sales-West"] },
      admin,
    );
    expect(copied.ok).toBe(true);
    const west = await unit("Sales-West");
    const before = await countEverything(db());

    const review = previewReparent({ id: west.id, businessUnitId: at.units["Service-Tier2"] }, auditor);
    await expect(review).rejects.toMatchObject({ fieldErrors: { parentId: expect.stringMatching(/R7/) } });
    const result = await reparentBusinessUnit(
      { id: west.id, version: west.version, parentId: at.units["Service-Tier2"] },
      admin,
    );

    expect(!result.ok && result.fieldErrors?.parentId).toBe(
      "Sales-West and Service each have a role named Service Manager; under the new parent one name would " +
        "stand for two roles on one branch (R7). Rename one first.",
    );
    expect(await countEverything(db())).toBe(before);
  });

  it("lists a held role whose name a new ancestor's role would take (R7); names on kept ancestors do not block", async () => {
    // Service gets its own Delegate, as an organization file may hold one.
    await db().securityRole.create({
      data: { name: "Delegate", nameLower: "delegate", businessUnitId: at.units.Service! },
    });
    const lidia = await at.user("CONTOSO\\lidia.holloway");
    expect(
      await assignUserRole({ userId: lidia.id, version: lidia.version, roleId: at.roles.Delegate! }, admin),
    ).toMatchObject({ ok: true });
    const finance = await unit("Finance");
    const service = await unit("Service");

    const underService = await previewReparent({ id: finance.id, businessUnitId: service.id }, auditor);
    // Service already sits below Contoso, whose Delegate it shares a name with: only new ancestors count.
    const underFinance = await previewReparent({ id: service.id, businessUnitId: finance.id }, auditor);

    expect(underService.lost).toEqual([
      expect.objectContaining({
        name: "Delegate, held by CONTOSO\\lidia.holloway",
        why: "in Finance the name Delegate would stand for a nearer unit's role",
      }),
    ]);
    expect(underFinance.to).toBe("Finance");
  });
});

describe("removal review", () => {
  it("accepts a form that made no review", async () => {
    const { expectedRemovalsMatch } = await import("@/lib/data/directory/removal-review");
    expect(() => expectedRemovalsMatch(undefined, 3)).not.toThrow();
    expect(() => expectedRemovalsMatch(3, 3)).not.toThrow();
    expect(() => expectedRemovalsMatch(2, 3)).toThrow(/showed 2 role assignments to remove, but 3/);
  });
});
