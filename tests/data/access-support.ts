import { readFileSync } from "node:fs";
import type { Db } from "@/lib/db/client";
import { replaceOrganization } from "@/lib/data/snapshot/replace";
import { parseScenarioText } from "@/lib/scenario/parse";

/** The Contoso demo organization, loaded as the console loads it on first start. */
export async function loadContoso(db: Db) {
  const parsed = parseScenarioText(readFileSync("prisma/demo/contoso.json", "utf8"), "json");
  if (!parsed.ok) throw new Error("the demo organization does not parse");

  await db.$transaction((tx) => replaceOrganization(tx, parsed.file.organization, "Contoso"), {
    timeout: 120_000,
  });
}

/** The organization's revision now, as a what-if preview would carry it. */
export async function revisionOf(db: Db) {
  return (await db.organization.findUniqueOrThrow({ where: { id: 1 } })).revision;
}
