import "server-only";
import { compileOrganization, type Organization } from "@/lib/engine";
import type { Db, Tx } from "@/lib/db/client";
import { logUnexpected } from "@/lib/log";
import { loadOrganizationSnapshot } from "@/lib/data/snapshot/load";

// The engine works on a compiled organization; compiling 100,000 users takes
// time, so the process keeps the last one and rebuilds it only when the
// organization's revision has moved (every engine-visible change bumps it).

type Cached = { key: string; revision: number; organization: Organization; snapshot: Snapshot };
type Snapshot = Awaited<ReturnType<typeof loadOrganizationSnapshot>>;

let cache: Cached | undefined;
let building: Promise<Cached> | undefined;

/** Call in the same transaction as any change to BUs, users, teams, roles, services, groups or steps. */
export async function touchOrganization(tx: Tx) {
  await tx.organization.updateMany({ where: { id: 1 }, data: { revision: { increment: 1 } } });
}

// Which database a revision belongs to: tests open several in one process.
function databaseKey() {
  return process.env.DATABASE_URL ?? `pglite:${process.env.CONSOLE_DATA_DIR ?? "data"}`;
}

async function build(db: Db, key: string, revision: number): Promise<Cached> {
  const snapshot = await loadOrganizationSnapshot(db);
  const compiled = compileOrganization(snapshot);
  if (!compiled.ok) {
    // The database enforces what the engine checks; if they ever disagree the
    // stored data is wrong, and the auditor must not get verdicts from it.
    const detail = compiled.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
    const eventId = logUnexpected(new Error("stored organization does not compile"), { detail });
    throw new Error(`The stored organization is inconsistent (reference ${eventId}).`);
  }

  return { key, revision, organization: compiled.org, snapshot };
}

/** The compiled organization as stored now, with the snapshot it came from. */
export async function compiledOrganization(db: Db) {
  const row = await db.organization.findUnique({ where: { id: 1 }, select: { revision: true } });
  const revision = row?.revision ?? -1;
  const key = databaseKey();
  if (cache?.key === key && cache.revision === revision) return cache;

  building ??= build(db, key, revision).finally(() => {
    building = undefined;
  });
  const built = await building;
  if (built.key === key && built.revision === revision) cache = built;

  return built;
}
