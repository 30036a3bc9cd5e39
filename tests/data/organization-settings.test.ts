import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadOrganizationSettings, updateOrganizationSettings } from "@/lib/data/organization/settings";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";

describeOnEachDatabase("organization settings", (db) => {
  let admin: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
    await db().organization.create({ data: { id: 1, name: "Contoso" } });
  });

  it("an administrator keeps roles on BU moves, audited, and the engine's revision moves", async () => {
    const before = await loadOrganizationSettings(admin);

    const result = await updateOrganizationSettings(
      { version: before.version, name: "Contoso", doNotRemoveRolesOnChangeBusinessUnit: "on" },
      admin,
    );

    expect(result).toMatchObject({ ok: true });
    const stored = await db().organization.findUniqueOrThrow({ where: { id: 1 } });
    expect(stored).toMatchObject({ doNotRemoveRolesOnChangeBusinessUnit: true, hierarchySecurity: false });
    expect(stored.revision).toBe(1);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "organization.update-settings" },
    });
    expect(event.before).toMatchObject({ doNotRemoveRolesOnChangeBusinessUnit: false });
  });

  it.each([
    ["an auditor", () => auditor, "FORBIDDEN"],
    ["a signed-out caller", () => null, "NOT_SIGNED_IN"],
  ])("%s is refused and nothing is written", async (_who, actor, code) => {
    const before = await countEverything(db());

    const result = await updateOrganizationSettings({ version: 2, name: "Hacked" }, actor());

    expect(result).toMatchObject({ ok: false, code });
    expect(await countEverything(db())).toBe(before);
  });

  it("refuses a stale version and an empty name, writing nothing", async () => {
    const stale = await updateOrganizationSettings({ version: 1, name: "Old" }, admin);
    const empty = await updateOrganizationSettings({ version: 2, name: " " }, admin);

    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", conflict: { name: "Contoso" } });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { name: "Give the organization a name." } });
    expect((await db().organization.findUniqueOrThrow({ where: { id: 1 } })).name).toBe("Contoso");
  });
});
