import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createAccount, listAccounts, setAccountDisabled } from "@/lib/data/accounts/accounts";
import { countEverything, makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";

const newAccount = {
  username: "new.auditor",
  displayName: "New Auditor",
  role: "Auditor",
  password: "long enough password",
  confirm: "long enough password",
};

describeOnEachDatabase("console accounts", (db) => {
  let admin: Actor;
  let auditor: Actor;

  beforeAll(async () => {
    admin = await makeActor(db(), "Admin");
    auditor = await makeActor(db(), "Auditor");
  });

  it("an administrator creates an account, with its audit event", async () => {
    const result = await createAccount(newAccount, admin);

    expect(result).toMatchObject({ ok: true });
    const event = await db().auditEvent.findFirst({ where: { action: "account.create" } });
    expect(event).toMatchObject({ actorName: admin.username, targetLabel: "new.auditor" });
    expect(JSON.stringify(event?.after)).not.toContain("long enough password");
  });

  it.each([
    ["an auditor", () => auditor, "FORBIDDEN"],
    ["a signed-out caller", () => null, "NOT_SIGNED_IN"],
  ])("%s is refused and nothing is written", async (_who, actor, code) => {
    const before = await countEverything(db());

    const result = await createAccount({ ...newAccount, username: "sneaky" }, actor());

    expect(result).toMatchObject({ ok: false, code });
    expect(await countEverything(db())).toBe(before);
  });

  it("names the field that is wrong, and writes nothing", async () => {
    const before = await countEverything(db());

    const result = await createAccount({ ...newAccount, username: "NEW.AUDITOR" }, admin);

    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && result.fieldErrors).toEqual({
      username: "An account named NEW.AUDITOR already exists.",
    });
    expect(await countEverything(db())).toBe(before);
  });

  it("refuses a save over a newer version and shows what is stored now", async () => {
    const [account] = (await listAccounts(admin)).filter((a) => a.username === "new.auditor");
    const first = await setAccountDisabled(
      { accountId: account.id, version: account.version, disabled: "true" },
      admin,
    );
    const second = await setAccountDisabled(
      { accountId: account.id, version: account.version, disabled: "false" },
      admin,
    );

    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, code: "CONFLICT", conflict: { disabled: true } });
    const stored = await db().consoleAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(stored.disabled).toBe(true);
  });

  it("an auditor cannot read the list of console accounts", async () => {
    await expect(listAccounts(auditor)).rejects.toThrow(/may not/);
  });
});
