import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";
import { parseScenarioText } from "@/lib/scenario/parse";
import { replaceOrganization } from "./replace";

const DEMO_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "demo", "contoso.json");

/**
 * On the first start of an empty database, load the Contoso demo organization.
 * Set CONSOLE_DEMO=off to start empty (and import your own with `npm run import`).
 */
export async function seedDemoIfEmpty() {
  if (process.env.CONSOLE_DEMO === "off") return false;

  const db = await getDb();
  if ((await db.businessUnit.count()) > 0) return false;

  const parsed = parseScenarioText(await readFile(DEMO_FILE, "utf8"), "json");
  if (!parsed.ok) {
    throw new Error(
      `demo file is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`,
    );
  }
  await db.$transaction(
    async (tx) => {
      const counts = await replaceOrganization(tx, parsed.file.organization, "Contoso");
      await tx.auditEvent.create({
        data: {
          actorName: "system",
          action: "organization.import",
          targetType: "organization",
          targetId: "1",
          targetLabel: "Contoso (demo)",
          after: counts,
          reason: "Demo organization loaded on first start",
        },
      });
    },
    { timeout: 120_000 },
  );
  log.info("demo organization loaded", { file: DEMO_FILE });

  return true;
}
