import { beforeAll, expect, it, vi } from "vitest";
import { type Actor, currentActor } from "@/lib/auth/actor";
import { endSession } from "@/lib/auth/sessions";
import { makeActor } from "../support/actors";
import { describeOnEachDatabase } from "../support/databases";

// Signing out ends that one session on the server: a copy of its cookie is
// refused afterwards, while the account's other sessions go on.

type Session = { accountId: string; sessionVersion: number; sessionId?: string };
const session = vi.hoisted(() => ({ current: null as Session | null }));
vi.mock("@/auth", () => ({ auth: async () => session.current }));

describeOnEachDatabase("sessions ended by signing out", (db) => {
  let admin: Actor;
  const as = (sessionId?: string) => {
    session.current = { accountId: admin.id, sessionVersion: 1, sessionId };
    return currentActor();
  };
  const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

  beforeAll(async () => {
    admin = await makeActor(db(), "Admin");
  });

  it("refuses the ended session only, and audits the sign-out", async () => {
    expect(await as("laptop")).toMatchObject({ id: admin.id });

    await endSession({ sessionId: "laptop", accountId: admin.id, exp: inAnHour() });

    expect(await as("laptop")).toBeNull();
    expect(await as("desktop")).toMatchObject({ id: admin.id });
    const events = await db().auditEvent.findMany({ where: { action: "account.sign-out" } });
    expect(events).toMatchObject([{ actorId: admin.id, targetId: admin.id, targetLabel: admin.username }]);
  });

  it("keeps an ended session only until its token would have expired", async () => {
    await endSession({ sessionId: "old", accountId: admin.id, exp: Math.floor(Date.now() / 1000) - 60 });
    await endSession({ sessionId: "tablet", accountId: admin.id, exp: inAnHour() });

    const kept = await db().endedSession.findMany({ orderBy: { id: "asc" } });
    expect(kept.map((row) => row.id)).toEqual(["laptop", "tablet"]);
  });

  it("a token without a session id (issued before ids) has nothing to end", async () => {
    await endSession({ accountId: admin.id, exp: inAnHour() });
    await endSession(null);

    expect(await db().endedSession.count()).toBe(2);
    expect(await as(undefined)).toMatchObject({ id: admin.id });
  });
});
