import { defineConfig } from "prisma/config";

// Generation needs no database; migrations are created and applied by
// scripts/new-migration.ts and lib/db/migrate.ts through the WebAssembly schema
// engine, since the native engine cannot be downloaded on every machine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
