import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";

/** What the step form offers to choose from: tables and owner teams (R5: access teams own nothing). */
export function stepFormChoices(actor?: Actor | null) {
  return readAs(
    "plugin-step.read",
    async (db) => {
      const [tables, teams] = await Promise.all([
        db.dataTable.findMany({ select: { name: true }, orderBy: { nameLower: "asc" } }),
        db.team.findMany({ where: { type: "Owner" }, select: { name: true }, orderBy: { nameLower: "asc" } }),
      ]);

      return { tables: tables.map((t) => t.name), teams: teams.map((t) => t.name) };
    },
    actor,
  );
}

/** Filters of "everyone at once": business units and role names. */
export function everyoneChoices(actor?: Actor | null) {
  return readAs(
    "simulation.run",
    async (db) => {
      const [units, roles, teams] = await Promise.all([
        db.businessUnit.findMany({ select: { name: true }, orderBy: { nameLower: "asc" } }),
        db.securityRole.findMany({
          select: { name: true },
          distinct: ["nameLower"],
          orderBy: { nameLower: "asc" },
        }),
        db.team.findMany({ where: { type: "Owner" }, select: { name: true }, orderBy: { nameLower: "asc" } }),
      ]);

      const names = (rows: { name: string }[]) => rows.map((row) => row.name);

      return { units: names(units), roles: names(roles), teams: names(teams) };
    },
    actor,
  );
}
