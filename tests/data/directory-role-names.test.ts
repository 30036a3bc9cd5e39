import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { bulkUserRole } from "@/lib/data/directory/bulk-user-roles";
import { createUser } from "@/lib/data/directory/create-user";
import { getUser } from "@/lib/data/directory/get-user";
import { moveToBusinessUnit, previewMove } from "@/lib/data/directory/move";
import { assignUserRole } from "@/lib/data/directory/user-roles";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";
import { ids, seedContoso } from "./directory-support";

// R7 as the organization's files read it: a held role is named by its name,
// resolved from the holder's unit upwards, nearest first. Where a file holds
// two roles of one name on one branch, the console keeps every assignment
// the role its name stands for.

describeOnEachDatabase("directory: role names on one branch (R7)", (db) => {
  let admin: Actor;
  let auditor: Actor;
  let at: Awaited<ReturnType<typeof ids>>;

  beforeAll(async () => {
    await seedContoso(db());
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
    at = await ids(db());
  });

  it("a role whose name a nearer unit's role takes is refused there, one user or many (R7)", async () => {
    // The console itself refuses such a name on one branch (copy, import); an
    // organization file may still hold one, as this row stands for.
    await db().securityRole.create({
      data: { name: "Delegate", nameLower: "delegate", businessUnitId: at.units.Sales },
    });
    const salesDelegate = await db().securityRole.findFirstOrThrow({
      where: { nameLower: "delegate", businessUnitId: at.units.Sales },
    });
    await createUser({ logon: "X\\namesake", businessUnitId: at.units["Sales-East"] }, admin);
    const salesUser = await at.user("X\\namesake");
    const before = await countEverything(db());

    const one = await assignUserRole(
      { userId: salesUser.id, version: salesUser.version, roleId: at.roles.Delegate },
      admin,
    );
    const many = await bulkUserRole(
      { mode: "assign", roleId: at.roles.Delegate, userIds: [salesUser.id] },
      admin,
    );

    expect(one).toMatchObject({ ok: false });
    expect(!one.ok && one.fieldErrors?.roleId).toMatch(
      /stands for the role of Sales, the nearer unit \(R7\)/,
    );
    expect(!many.ok && many.fieldErrors?.roleId).toMatch(/X\\namesake.*nearer unit's role \(R7\)/);
    expect(await countEverything(db())).toBe(before);
    // Offered once, as the role the name stands for; that one is accepted.
    const page = await getUser(salesUser.id, auditor);
    const offered = page?.assignable.filter((role) => role.name === "Delegate");
    expect(offered?.map((role) => role.id)).toEqual([salesDelegate.id]);
    expect(
      await assignUserRole(
        { userId: salesUser.id, version: salesUser.version, roleId: salesDelegate.id },
        admin,
      ),
    ).toMatchObject({ ok: true });
    // Above Sales the name still stands for Contoso's.
    const miriam = await at.user("CONTOSO\\miriam.graham");
    expect(
      await assignUserRole({ userId: miriam.id, version: miriam.version, roleId: at.roles.Delegate }, admin),
    ).toMatchObject({ ok: true });
  });

  it("a move that keeps roles still removes one whose name a nearer unit's role takes there (R7)", async () => {
    // Sales has its own Delegate (the test above); Miriam, in Contoso, holds Contoso's.
    const miriam = await at.user("CONTOSO\\miriam.graham");
    await db().organization.update({
      where: { id: 1 },
      data: { doNotRemoveRolesOnChangeBusinessUnit: true },
    });
    try {
      const review = await previewMove(
        "user",
        { id: miriam.id, businessUnitId: at.units["Sales-East"] },
        admin,
      );
      const moved = await moveToBusinessUnit(
        "user",
        {
          id: miriam.id,
          version: miriam.version,
          businessUnitId: at.units["Sales-East"],
          expectedRemovals: review.lost.length,
        },
        admin,
      );

      expect(review.lost).toEqual([
        expect.objectContaining({
          name: "Delegate",
          rule: "R7",
          why: expect.stringMatching(/nearer unit's role/),
        }),
      ]);
      expect(moved).toMatchObject({ ok: true });
      const held = await db().userRole.findMany({ where: { userId: miriam.id }, include: { role: true } });
      expect(held.map(({ role }) => role.name)).toEqual(["Basic User"]);
    } finally {
      await db().organization.update({
        where: { id: 1 },
        data: { doNotRemoveRolesOnChangeBusinessUnit: false },
      });
    }
  });
});
