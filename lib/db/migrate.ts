// Applies prisma/migrations to the database, recording them in
// _prisma_migrations as `prisma migrate deploy` would, so either tool can take
// over. Applying twice applies nothing the second time.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listMigrations } from "./migrations";
import { NO_FILTER, openSchemaEngine } from "./schema-engine";

// Loading the WebAssembly engine costs seconds; on most starts every migration
// is already recorded, which one query can tell.
async function allApplied(client: PrismaClient, names: string[]) {
  try {
    const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL",
    );
    const applied = new Set(rows.map((row) => row.migration_name));

    return names.every((name) => applied.has(name));
  } catch {
    return false;
  }
}

export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  client: PrismaClient,
) {
  const migrationsList = await listMigrations();
  const names = migrationsList.migrationDirectories.map((dir) => dir.path);
  if (await allApplied(client, names)) return [];

  const engine = await openSchemaEngine(adapterFactory);
  const { appliedMigrationNames } = await engine.applyMigrations({
    migrationsList,
    filters: NO_FILTER,
  });

  return appliedMigrationNames;
}
