import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";

let counter = 0;

/** A console account in the database and the actor that stands for it. */
export async function makeActor(db: Db, role: "Admin" | "Auditor"): Promise<Actor> {
  counter += 1;
  const username = `${role.toLowerCase()}-${counter}-${process.pid}`;
  const account = await db.consoleAccount.create({
    data: { username, usernameLower: username, passwordHash: "not-a-real-hash", role },
  });

  return { id: account.id, username, displayName: username, role, via: "session" };
}

/** What Auth.js reads back from a fresh session cookie of this actor (see auth.ts). */
export type TestSession = {
  accountId: string;
  sessionVersion: number;
  sessionId: string;
  signedInAt: number;
};

export function sessionOf(actor: Actor, signedInAt = Date.now()): TestSession {
  return { accountId: actor.id, sessionVersion: 1, sessionId: randomUUID(), signedInAt };
}

/** Row counts of every table a mutation could write to, to prove nothing was written. */
export async function countEverything(db: Db) {
  const counts = await Promise.all([
    db.auditEvent.count(),
    db.consoleAccount.count(),
    db.businessUnit.count(),
    db.systemUser.count(),
    db.team.count(),
    db.teamMembership.count(),
    db.securityRole.count(),
    db.rolePrivilege.count(),
    db.userRole.count(),
    db.teamRole.count(),
    db.serviceAccount.count(),
    db.serviceIdentityChange.count(),
    db.directoryGroupMember.count(),
    db.pluginStep.count(),
    db.pluginOperation.count(),
    db.savedCheck.count(),
    db.apiToken.count(),
  ]);

  return counts.join(",");
}
