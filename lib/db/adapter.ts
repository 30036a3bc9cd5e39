// The driver adapter for the configured database. PGlite is opened once per
// process: only one process may hold its data directory at a time.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { databaseKind, pgliteDir } from "./config";
import { holdDataDirectory } from "./data-lock";

export function createAdapterFactory() {
  if (databaseKind() === "postgres") {
    const factory = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 10 });

    return { factory, close: async () => {} };
  }

  mkdirSync(pgliteDir(), { recursive: true });
  holdDataDirectory();
  const pglite = new PGlite(pgliteDir());

  return { factory: new PrismaPGlite(pglite), close: () => pglite.close() };
}
