// The one Prisma client of the process, on the configured database, with the
// migrations applied before the first query.
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapterFactory } from "./adapter";
import { applyMigrations } from "./migrate";

export type Db = PrismaClient;
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

type Handle = { client: Db; ready: Promise<Db>; close: () => Promise<void> };
const globalForDb = globalThis as unknown as { identityConsoleDb?: Handle };

function open(): Handle {
  const { factory, close } = createAdapterFactory();
  const client = new PrismaClient({ adapter: factory });
  const ready = applyMigrations(factory, client).then(() => client);

  return { client, ready, close };
}

/** Resolves once the schema is current; every data function awaits it. */
export function getDb(): Promise<Db> {
  globalForDb.identityConsoleDb ??= open();

  return globalForDb.identityConsoleDb.ready;
}

export async function closeDb() {
  const handle = globalForDb.identityConsoleDb;
  globalForDb.identityConsoleDb = undefined;
  if (!handle) return;

  await handle.client.$disconnect();
  await handle.close();
}
