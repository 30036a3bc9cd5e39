import { readFileSync } from "node:fs";
import type { Actor } from "@/lib/auth/actor";
import { hashToken, newTokenSecret } from "@/lib/api/tokens";
import type { Db } from "@/lib/db/client";
import { replaceOrganization } from "@/lib/data/snapshot/replace";
import { parseScenarioText } from "@/lib/scenario/parse";

// Shared by the API tests: the Contoso demo organization, and bearer tokens
// made straight in the database for an account of each console role.

export async function seedContoso(db: Db) {
  const parsed = parseScenarioText(readFileSync("prisma/demo/contoso.json", "utf8"), "json");
  if (!parsed.ok) throw new Error("the demo organization does not parse");
  await db.$transaction((tx) => replaceOrganization(tx, parsed.file.organization, "Contoso"), {
    timeout: 60_000,
  });
}

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

export function call(url: string, init: { token?: string; method?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
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
