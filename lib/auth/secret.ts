// Auth.js signs sessions with AUTH_SECRET. A fresh clone has none, and the
// README promises one command to start: generate a secret on first start and
// keep it beside the embedded database, readable by its owner only.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/db/config";

export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;

  const file = path.join(dataDir(), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
