import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import {
  compileOrganization,
  effectivePrivileges,
  type EffectivePrivileges,
  formatError,
} from "@/lib/engine";
import { replayToInstant } from "@/lib/access/as-of";
import { diffPrivileges } from "@/lib/access/privilege-diff";
import { currentOrganization, evidenceStamp } from "./organization";

// A user's effective privileges at a past moment, rebuilt from the audit log
// (lib/access/as-of.ts undoes every later event), and what changed since.

const REPLAYED_TYPES = [
  "user",
  "team",
  "security-role",
  "business-unit",
  "service-account",
  "directory-group",
  "plugin-step",
  "organization",
];

export function loadAccessAsOf(logon: string, at: Date, actor?: Actor | null) {
  return readAs(
    "audit.read",
    async (db, reader) => {
      const { organization, snapshot, revision } = await currentOrganization(db);
      const now = tryEffective(() => effectivePrivileges(organization, logon));
      const row = await db.systemUser.findUnique({
        where: { logonLower: logon.toLowerCase() },
        select: { id: true },
      });

      const events = await db.auditEvent.findMany({
        where: { at: { gt: at }, targetType: { in: REPLAYED_TYPES } },
        // Write order, newest first: one transaction's events share a timestamp.
        orderBy: { seq: "desc" },
      });
      const replay = replayToInstant(snapshot, events);
      const compiled = compileOrganization(replay.snapshot);
      const stamp = await evidenceStamp(db, reader, revision);
      const userEvents = row ? events.filter((e) => e.targetType === "user" && e.targetId === row.id) : [];
      if (!compiled.ok) {
        const problem = compiled.errors.slice(0, 3).map(formatError).join("; ");
        return {
          ok: false as const,
          message: `The history does not rebuild a valid organization: ${problem}`,
          stamp,
        };
      }

      // The name the user had then: the oldest later event's "before" (a rename moves it).
      const oldest = userEvents.at(-1)?.before as { name?: string } | null | undefined;
      const nameThen = userEvents.length === 0 ? (now?.user ?? logon) : oldest?.name;
      const then = nameThen ? tryEffective(() => effectivePrivileges(compiled.org, nameThen)) : null;

      return {
        ok: true as const,
        at,
        now,
        then,
        changes: diffPrivileges(then, now),
        undone: replay.undone,
        blockedBy: replay.blockedBy
          ? { at: new Date(replay.blockedBy.at), action: replay.blockedBy.action }
          : null,
        userEvents: userEvents.map((e) => ({ id: e.id, at: e.at, action: e.action, actorName: e.actorName })),
        userId: row?.id ?? null,
        stamp,
      };
    },
    actor,
  );
}

function tryEffective(read: () => EffectivePrivileges) {
  try {
    return read();
  } catch {
    return null;
  }
}
