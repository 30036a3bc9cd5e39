import { readdirSync } from "node:fs";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { hashToken, newTokenSecret } from "@/lib/api/tokens";
import type { Db } from "@/lib/db/client";

// Shared by the API tests: the Contoso demo organization, bearer tokens made
// straight in the database for an account of each console role, and the
// route files themselves, so that a new route cannot go untested unnoticed.

export { seedContoso } from "../data/directory-support";

export async function makeToken(db: Db, actor: Actor, scope: "read" | "write", revoked = false) {
  const { secret, tokenHash, prefix } = newTokenSecret();
  await db.apiToken.create({
    data: {
      name: `test ${scope}`,
      tokenHash,
      prefix,
      scope,
      accountId: actor.id,
      revokedAt: revoked ? new Date() : null,
    },
  });
  expectHashed(secret, tokenHash);

  return secret;
}

function expectHashed(secret: string, tokenHash: string) {
  if (hashToken(secret) !== tokenHash) throw new Error("token hash mismatch");
}

export function call(
  url: string,
  init: { token?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { "content-type": "application/json", ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;

  return new Request(`http://localhost${url}`, {
    method: init.method ?? "GET",
    headers,
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === "string"
          ? init.body
          : JSON.stringify(init.body),
  });
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/**
 * Every route.ts under `root` (but those under `skip`), as its URL path
 * ({param} style) and the HTTP methods it exports.
 */
export async function routeFiles(root: string, skip: string[] = []) {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => path.join(root, file))
    .filter((file) => !skip.some((folder) => file.startsWith(folder)));

  return Promise.all(
    files.map(async (file) => {
      const handlers: Record<string, unknown> = await import(/* @vite-ignore */ path.resolve(file));
      const url = path
        .dirname(file)
        .split(path.sep)
        .slice(1)
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}"))
        .join("/");

      return { file, url: `/${url}`, methods: METHODS.filter((method) => method in handlers), handlers };
    }),
  );
}

/** The /api/v1 routes as OpenAPI names them: path under the server URL, lower-case methods. */
export async function apiRoutes() {
  const routes = await routeFiles("app/api/v1");

  return Object.fromEntries(
    routes.map((route) => [
      route.url.replace(/^\/api\/v1/, ""),
      route.methods.map((method) => method.toLowerCase()).sort(),
    ]),
  );
}
