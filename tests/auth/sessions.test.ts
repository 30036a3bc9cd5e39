import { beforeAll, expect, it, vi } from "vitest";
import { type Actor, currentActor } from "@/lib/auth/actor";
import { checkCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { endSession, SESSION_SECONDS } from "@/lib/auth/sessions";
import { makeActor, sessionOf, type TestSession } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";

// Signing out ends that one session on the server: a copy of its cookie is
// refused afterwards, while the account's other sessions go on. A session
// lives at most SESSION_SECONDS from its sign-in, however often its token is
// refreshed.

const session = vi.hoisted(() => ({ current: null as Partial<TestSession> | null }));
vi.mock("@/auth", () => ({ auth: async () => session.current }));

describeOnEachDatabase("sessions: signing out, and their deadline", (db) => {
  let admin: Actor;
  const as = (current: Partial<TestSession>) => {
    session.current = current;
    return currentActor();
  };
  const hoursAgo = (hours: number) => Date.now() - hours * 3600_000;

  beforeAll(async () => {
    admin = await makeActor(db(), "Admin");
  });

  it("a sign-in is audited, with the account's last sign-in time", async () => {
    const username = `signs-in-${Date.now()}`;
    const passwordHash = await hashPassword("a long enough password");
    await db().consoleAccount.create({
      data: { username, usernameLower: username, passwordHash, role: "Auditor" },
    });

    expect(await checkCredentials(username, "not the password")).toBeNull();
    const account = await checkCredentials(username, "a long enough password");

    expect(account?.username).toBe(username);
    const events = await db().auditEvent.findMany({ where: { targetLabel: username } });
    expect(events).toMatchObject([{ action: "account.sign-in", actorId: account!.id }]);
    expect(
      (await db().consoleAccount.findUniqueOrThrow({ where: { id: account!.id } })).lastSignInAt,
    ).not.toBeNull();
  });

  it("refuses the ended session only, and audits the sign-out", async () => {
    const laptop = sessionOf(admin);
    const desktop = sessionOf(admin);
    expect(await as(laptop)).toMatchObject({ id: admin.id });

    await endSession(laptop);

    expect(await as(laptop)).toBeNull();
    expect(await as(desktop)).toMatchObject({ id: admin.id });
    const events = await db().auditEvent.findMany({ where: { action: "account.sign-out" } });
    expect(events).toMatchObject([{ actorId: admin.id, targetId: admin.id, targetLabel: admin.username }]);
  });

  it("refuses a session past its deadline, and one without an id or a sign-in time", async () => {
    const justIn = sessionOf(admin, Date.now() - SESSION_SECONDS * 1000 + 60_000);
    const over = sessionOf(admin, Date.now() - SESSION_SECONDS * 1000 - 1);

    expect(await as(justIn)).toMatchObject({ id: admin.id });
    expect(await as(over)).toBeNull();
    expect(await as({ ...sessionOf(admin), sessionId: undefined })).toBeNull();
    expect(await as({ ...sessionOf(admin), signedInAt: undefined })).toBeNull();
  });

  it("remembers an ended session only until its deadline", async () => {
    await endSession(sessionOf(admin, hoursAgo(9)));
    const tablet = sessionOf(admin, hoursAgo(1));
    await endSession(tablet);

    expect(await db().endedSession.count()).toBe(2); // the laptop's and the tablet's, not the old one
    const kept = await db().endedSession.findUniqueOrThrow({ where: { id: tablet.sessionId } });
    expect(kept.expiresAt.getTime()).toBe(tablet.signedInAt + SESSION_SECONDS * 1000);
  });

  it("a token without a session id has nothing to end", async () => {
    await endSession({ accountId: admin.id });
    await endSession(null);

    expect(await db().endedSession.count()).toBe(2);
  });
});
