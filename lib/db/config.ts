// Which database the console uses: PostgreSQL when DATABASE_URL is set, else
// the embedded PGlite under ./data (or CONSOLE_DATA_DIR), created on first start.
// Read when a connection is opened, not at import, so tests can point it elsewhere.
import path from "node:path";

export function dataDir() {
  return path.resolve(/* turbopackIgnore: true */ process.env.CONSOLE_DATA_DIR ?? "data");
}

export function pgliteDir() {
  return path.join(dataDir(), "pglite");
}

export function databaseKind(): "postgres" | "pglite" {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}
