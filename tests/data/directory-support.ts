import { readFileSync } from "node:fs";
import type { Db } from "@/lib/db/client";
import { replaceOrganization } from "@/lib/data/snapshot/replace";
import { parseScenarioText } from "@/lib/scenario/parse";

/** The Contoso demo organization, loaded the way the console loads it on first start. */
export async function seedContoso(db: Db) {
  const parsed = parseScenarioText(readFileSync("prisma/demo/contoso.json", "utf8"), "json");
  if (!parsed.ok) throw new Error("the demo organization does not parse");
  await db.$transaction((tx) => replaceOrganization(tx, parsed.file.organization, "Contoso"), {
    timeout: 120_000,
  });
}

export async function ids(db: Db) {
  const units = Object.fromEntries((await db.businessUnit.findMany()).map((u) => [u.name, u.id]));
  const roles = Object.fromEntries(
    (await db.securityRole.findMany({ include: { businessUnit: true } })).map((r) => [r.name, r.id]),
  );
  const user = async (logon: string) =>
    db.systemUser.findUniqueOrThrow({ where: { logonLower: logon.toLowerCase() } });
  const team = async (name: string) =>
    db.team.findUniqueOrThrow({ where: { nameLower: name.toLowerCase() } });

  return { units, roles, user, team };
}
