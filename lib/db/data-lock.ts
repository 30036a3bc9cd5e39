// PGlite keeps its database in files that one process at a time may open;
// a second opener would corrupt it. The holder writes its pid beside the data,
// and anyone else who finds a live pid there is refused with a clear message.
import { existsSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "./config";

export class DataDirectoryBusyError extends Error {
  constructor(pid: number) {
    super(
      `The embedded database in ${dataDir()} is open in another process (pid ${pid}), ` +
        "probably the running console. Stop it first, or set DATABASE_URL to use PostgreSQL.",
    );
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function holdDataDirectory() {
  const lockFile = path.join(dataDir(), "console.pid");
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirectoryBusyError(pid);
  }

  writeFileSync(lockFile, String(process.pid));
  process.once("exit", () => {
    try {
      if (readFileSync(lockFile, "utf8").trim() === String(process.pid)) unlinkSync(lockFile);
    } catch {
      // Already gone: nothing to release.
    }
  });
}
