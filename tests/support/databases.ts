// Runs a data-layer suite once on each database the console supports: the
// embedded PGlite and PostgreSQL. Each run gets a database of its own, made
// fresh and thrown away after. Test tooling refuses any non-local PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { closeDb, getDb, type Db } from "@/lib/db/client";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host))
    throw new Error(`refusing to run tests against non-local database host ${host}`);
}

type Backend = { name: string; open(): Promise<void>; close(): Promise<void> };

function pgliteBackend(): Backend {
  let dir = "";
  return {
    name: "PGlite",
    async open() {
      dir = mkdtempSync(path.join(tmpdir(), "ic-test-"));
      delete process.env.DATABASE_URL;
      process.env.CONSOLE_DATA_DIR = dir;
    },
    async close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(): Backend {
  const name = `ic_test_${process.pid}_${Date.now()}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    name: "PostgreSQL",
    async open() {
      assertLocal(ADMIN_URL);
      await run(`CREATE DATABASE ${name}`);
      const url = new URL(ADMIN_URL);
      url.pathname = `/${name}`;
      process.env.DATABASE_URL = url.toString();
    },
    async close() {
      delete process.env.DATABASE_URL;
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Whether PostgreSQL runs here; CI starts it, a developer's laptop may not. */
const withPostgres = process.env.TEST_SKIP_POSTGRES !== "1";

export function describeOnEachDatabase(title: string, suite: (db: () => Db) => void) {
  const backends = [pgliteBackend(), ...(withPostgres ? [postgresBackend()] : [])];
  for (const backend of backends) {
    describe(`${title} [${backend.name}]`, () => {
      let db: Db | undefined;
      beforeAll(async () => {
        await backend.open();
        db = await getDb();
      });
      afterAll(async () => {
        await closeDb();
        await backend.close();
      });
      suite(() => db!);
    });
  }
}
