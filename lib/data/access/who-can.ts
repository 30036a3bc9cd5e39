import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/data/read";
import { whoCan, type WhoCanQuery, type WhoCanRow } from "@/lib/engine";
import { LEVELS, TABLE_RIGHTS } from "@/lib/scenario/schema";
import { currentOrganization, evidenceStamp } from "./organization";

// "Who can do this?": every user holding a privilege at a minimum level, with
// what grants it (R10), filtered by BU and state. The engine answers over the
// compiled organization; the filters and paging are applied to its answer.

const text = z.string().trim().max(200).catch("");

export const whoCanParamsSchema = z.object({
  privilege: text,
  table: text,
  right: z.enum(TABLE_RIGHTS).optional().catch(undefined),
  minLevel: z.enum(LEVELS).catch("Basic"),
  businessUnit: text,
  state: z.enum(["all", "enabled", "disabled"]).catch("all"),
});

export type WhoCanParams = z.infer<typeof whoCanParamsSchema>;

export function whoCanParamsOf(params: Record<string, string | string[] | undefined>): WhoCanParams {
  const keys = Object.keys(whoCanParamsSchema.shape);
  const first = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);

  return whoCanParamsSchema.parse(Object.fromEntries(keys.map((key) => [key, first(key)])));
}

export function whoCanQueryOf(params: WhoCanParams): WhoCanQuery | null {
  if (params.table && params.right) return { table: params.table, right: params.right };
  if (params.privilege) return { privilege: params.privilege };

  return null;
}

export function describeQuery(query: WhoCanQuery) {
  return "privilege" in query
    ? query.privilege
    : `${query.right} on ${query.table} (prv${query.right}${query.table})`;
}

function keep(row: WhoCanRow, params: WhoCanParams) {
  if (params.state === "enabled" && row.disabled) return false;
  if (params.state === "disabled" && !row.disabled) return false;
  if (params.businessUnit && row.businessUnit.toLowerCase() !== params.businessUnit.toLowerCase())
    return false;

  return true;
}

export function loadWhoCan(params: WhoCanParams, actor?: Actor | null) {
  return readAs(
    "organization.read",
    async (db, reader) => {
      const { organization, snapshot, revision } = await currentOrganization(db);
      const query = whoCanQueryOf(params);
      const known = query ? organization.privilegeIndex.has(queryName(query).toLowerCase()) : false;
      const rows = query
        ? whoCan(organization, query, params.minLevel).filter((row) => keep(row, params))
        : [];
      // R9: None would list everyone; the level filter starts at Basic in the UI.
      rows.sort((a, b) => a.user.toLowerCase().localeCompare(b.user.toLowerCase()));

      return {
        query,
        known,
        rows,
        privileges: organization.privileges.map((privilege) => privilege.name).sort(),
        tables: (snapshot.tables ?? []).map((table) => table.name),
        units: snapshot.businessUnits.map((unit) => unit.name),
        stamp: await evidenceStamp(db, reader, revision),
      };
    },
    actor,
  );
}

function queryName(query: WhoCanQuery) {
  return "privilege" in query ? query.privilege : `prv${query.right}${query.table}`;
}

export function sourcesText(row: Pick<WhoCanRow, "sources">) {
  return row.sources
    .map((source) =>
      source.via === "user"
        ? `${source.role} (${source.roleBusinessUnit}) directly: ${source.level}`
        : `${source.role} (${source.roleBusinessUnit}) through team ${source.team}` +
          `${source.inheritance === "TeamOnly" ? " [team privileges only]" : ""}: ${source.level}`,
    )
    .join("; ");
}

export const WHO_CAN_CSV_HEADER = ["logon", "full name", "business unit", "level", "sources"] as const;

export function whoCanCsvRows(rows: WhoCanRow[]) {
  return rows.map((row) => [row.user, row.fullName ?? "", row.businessUnit, row.level, sourcesText(row)]);
}
