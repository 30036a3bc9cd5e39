// npm run --silent export -- FILE
// Writes the console's current organization as a snapshot file (SCENARIOS.md),
// JSON, or YAML when FILE ends in .yaml/.yml. "-" writes to standard output.
import { writeFileSync } from "node:fs";
import { stringify } from "yaml";
import { loadOrganizationSnapshot } from "../lib/data/snapshot/load";
import { withDatabase } from "./open-database";

async function main(args: string[]) {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write("usage: npm run --silent export -- FILE\n");
    return 2;
  }

  return withDatabase(async (db) => {
    const organization = await loadOrganizationSnapshot(db);
    const text = /\.ya?ml$/i.test(file)
      ? stringify({ organization })
      : JSON.stringify({ organization }, null, 2) + "\n";
    if (file === "-") process.stdout.write(text);
    else writeFileSync(file, text);
    process.stderr.write(
      `exported ${organization.businessUnits.length} business units, ${organization.users.length} users, ` +
        `${organization.roles.length} roles, ${organization.teams.length} teams\n`,
    );

    return 0;
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
