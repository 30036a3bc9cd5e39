// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes
// the schema as of the last migration to prisma/schema.prisma, diffed by the
// WebAssembly schema engine on a throw-away in-memory PGlite (no live database
// is read). Each migration folder keeps the schema it was made from, so the
// next diff starts from there.
//   usage: npm run db:new-migration -- <name>
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { listMigrations, MIGRATIONS_DIR } from "../lib/db/migrations";
import { NO_FILTER, openSchemaEngine } from "../lib/db/schema-engine";

async function main() {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_");
  if (!name) throw new Error("usage: npm run db:new-migration -- <name>");

  const schema = await readFile("prisma/schema.prisma", "utf8");
  const { migrationDirectories } = await listMigrations();
  const last = migrationDirectories.at(-1)?.path;
  const previous = last ? await readFile(path.join(MIGRATIONS_DIR, last, "schema.prisma"), "utf8") : null;

  const engine = await openSchemaEngine(new PrismaPGlite(new PGlite()), schema);
  const from = previous
    ? { tag: "schemaDatamodel" as const, files: [{ path: "schema.prisma", content: previous }] }
    : { tag: "empty" as const };
  const to = { tag: "schemaDatamodel" as const, files: [{ path: "schema.prisma", content: schema }] };
  const { stdout } = await engine.diff({ from, to, script: true, exitCode: null, filters: NO_FILTER });
  const sql = (stdout ?? "").trim();

  if (!sql || sql === "-- This is an empty migration.") {
    console.log("The schema has not changed since the last migration.");
    return;
  }

  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql + "\n");
  await writeFile(path.join(dir, "schema.prisma"), schema);
  if (!existsSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"))) {
    await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  }
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
