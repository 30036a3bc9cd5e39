// Opens the console's database for a command-line tool, with the same
// configuration as the server (DATABASE_URL, or the embedded PGlite under
// ./data). The embedded database may be held by a running console: then the
// tool stops with a clear message instead of corrupting it.
import { DataDirectoryBusyError } from "../lib/db/data-lock";

export async function withDatabase(work: (db: import("../lib/db/client").Db) => Promise<number>) {
  const { closeDb, getDb } = await import("../lib/db/client");
  try {
    return await work(await getDb());
  } catch (error) {
    if (error instanceof DataDirectoryBusyError) {
      process.stderr.write(`${error.message}\n`);
      return 3;
    }
    throw error;
  } finally {
    await closeDb().catch(() => {});
  }
}
