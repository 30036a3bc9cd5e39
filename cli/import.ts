// npm run --silent import -- FILE
// Replaces the console's organization with the one in FILE (SCENARIOS.md), in
// one transaction: any error refuses the whole file and changes nothing.
// Exit 0: imported; 2: the file is not valid (key paths on stderr); 3: the
// embedded database is in use by a running console; 1: anything else.
import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { replaceOrganization } from "../lib/data/snapshot/replace";
import { formatError } from "../lib/engine/validation-error";
import { parseScenarioText } from "../lib/scenario/parse";
import { withDatabase } from "./open-database";

async function main(args: string[]) {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write("usage: npm run --silent import -- FILE\n");
    return 2;
  }

  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    process.stderr.write(`${file}: cannot read the file\n`);
    return 2;
  }
  const parsed = parseScenarioText(text, /\.ya?ml$/i.test(file) ? "yaml" : "json");
  if (!parsed.ok) {
    for (const error of parsed.errors) process.stderr.write(`${formatError(error)}\n`);
    return 2;
  }

  return withDatabase(async (db) => {
    const counts = await db.$transaction(
      async (tx) => {
        const written = await replaceOrganization(
          tx,
          parsed.file.organization,
          organizationName(parsed.file),
        );
        await tx.auditEvent.create({
          data: {
            actorName: `command line (${userInfo().username})`,
            action: "organization.import",
            targetType: "organization",
            targetId: "1",
            targetLabel: file,
            after: written,
            reason: `npm run import -- ${file}`,
          },
        });
        return written;
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    process.stderr.write(
      `imported ${counts.businessUnits} business units, ${counts.users} users, ${counts.roles} roles, ` +
        `${counts.teams} teams\n`,
    );

    return 0;
  });
}

function organizationName(file: {
  organization: { businessUnits: { name: string; parent: string | null }[] };
}) {
  return file.organization.businessUnits.find((unit) => unit.parent === null)?.name ?? "Organization";
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(
      `import failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
