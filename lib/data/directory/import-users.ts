import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { touchOrganization } from "@/lib/data/engine/organization";
import { runMutation } from "@/lib/data/mutation";
import { UserFacingError, ValidationError } from "@/lib/errors";
import { ACCESS_MODES, type AccessMode } from "@/lib/scenario/schema";
import { parseCsv } from "./csv";
import { isSystemLogon } from "./guards";
import { fullNameSchema, importUsersSchema, logonSchema } from "./schemas";
import { userState } from "./states";
import { ancestry, loadUnits } from "./tree";

export const CSV_COLUMNS = ["logon", "fullName", "businessUnit", "roles", "accessMode", "disabled"] as const;

export type CsvRowError = { line: number; column: string; message: string };
export type PlannedUser = {
  line: number;
  logon: string;
  fullName: string;
  businessUnit: string;
  businessUnitId: string;
  roles: { id: string; name: string }[];
  accessMode: AccessMode;
  disabled: boolean;
};

/** Reads and checks every row; returns all errors at once, each with its line and column. */
async function planUsers(tx: Tx, csv: string) {
  const rows = parseCsv(csv);
  const errors: CsvRowError[] = [];
  if (rows.length === 0) throw new ValidationError({ csv: "The file is empty." });

  const header = rows[0].cells.map((cell) => cell.trim());
  const index = Object.fromEntries(
    CSV_COLUMNS.map((column) => [column, header.findIndex((h) => h.toLowerCase() === column.toLowerCase())]),
  );
  const missing = CSV_COLUMNS.filter(
    (column) => column !== "roles" && column !== "disabled" && column !== "fullName" && index[column] < 0,
  );
  if (missing.length > 0) {
    throw new ValidationError({
      csv: `The header row lacks the column ${missing.join(", ")}. Expected: ${CSV_COLUMNS.join(",")}.`,
    });
  }

  const units = await loadUnits(tx);
  const unitByName = new Map(units.map((unit) => [unit.name.toLowerCase(), unit]));
  const roles = await tx.securityRole.findMany({
    select: { id: true, name: true, nameLower: true, businessUnitId: true },
  });
  const seen = new Map<string, number>();
  const planned: PlannedUser[] = [];

  for (const row of rows.slice(1)) {
    const value = (column: (typeof CSV_COLUMNS)[number]) =>
      index[column] >= 0 ? (row.cells[index[column]] ?? "").trim() : "";
    const fail = (column: string, message: string) => errors.push({ line: row.line, column, message });
    const logon = value("logon");
    const before = errors.length;

    // The same limits as the user form, so that an imported user can be saved there later.
    const logonProblem = logonSchema.safeParse(logon).error?.issues[0]?.message;
    if (logonProblem) fail("logon", logonProblem);
    else if (isSystemLogon(logon)) fail("logon", "SYSTEM is reserved for the platform (R4).");
    else if (seen.has(logon.toLowerCase()))
      fail("logon", `${logon} is also on line ${seen.get(logon.toLowerCase())}.`);
    seen.set(logon.toLowerCase(), row.line);

    const fullNameProblem = fullNameSchema.safeParse(value("fullName")).error?.issues[0]?.message;
    if (fullNameProblem) fail("fullName", fullNameProblem);

    const unit = unitByName.get(value("businessUnit").toLowerCase());
    if (!unit) fail("businessUnit", `No business unit named "${value("businessUnit")}".`);

    const accessMode = (value("accessMode") || "ReadWrite") as AccessMode;
    if (!ACCESS_MODES.includes(accessMode)) fail("accessMode", `Must be one of ${ACCESS_MODES.join(", ")}.`);

    const disabledText = value("disabled").toLowerCase();
    if (!["", "true", "false", "yes", "no", "0", "1"].includes(disabledText))
      fail("disabled", "Must be true or false.");

    // R7: a role name resolves in the user's BU, then up the tree.
    const held: { id: string; name: string }[] = [];
    const chain = unit ? ancestry(units, unit.id) : [];
    for (const name of value("roles")
      .split(";")
      .map((r) => r.trim())
      .filter(Boolean)) {
      const role = chain
        .map((unitId) => roles.find((r) => r.businessUnitId === unitId && r.nameLower === name.toLowerCase()))
        .find(Boolean);
      if (role) held.push({ id: role.id, name: role.name });
      else if (unit) fail("roles", `No role "${name}" in ${unit.name} or above (R7).`);
    }

    if (errors.length === before) {
      planned.push({
        line: row.line,
        logon,
        fullName: value("fullName"),
        businessUnit: unit!.name,
        businessUnitId: unit!.id,
        roles: held,
        accessMode,
        disabled: ["true", "yes", "1"].includes(disabledText),
      });
    }
  }

  const taken = await tx.systemUser.findMany({
    where: { logonLower: { in: planned.map((user) => user.logon.toLowerCase()) } },
    select: { logon: true, logonLower: true },
  });
  for (const existing of taken) {
    const user = planned.find((p) => p.logon.toLowerCase() === existing.logonLower)!;
    errors.push({ line: user.line, column: "logon", message: `${existing.logon} already exists.` });
  }

  return {
    planned: errors.length === 0 ? planned : planned.filter((p) => !errors.some((e) => e.line === p.line)),
    errors: errors.sort((a, b) => a.line - b.line),
  };
}

/** Shows what the file would create, with every row error; writes nothing. */
export function previewUserImport(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "user.write",
    schema: importUsersSchema,
    input,
    async run({ tx, data }) {
      const { planned, errors } = await planUsers(tx, data.csv);

      return { users: planned, errors };
    },
  });
}

/** All or nothing: any row error refuses the whole file. */
export function applyUserImport(input: unknown, actor?: Actor | null) {
  return runMutation({
    actor,
    permission: "user.write",
    schema: importUsersSchema,
    input,
    async run({ tx, data, audit }) {
      const { planned, errors } = await planUsers(tx, data.csv);
      if (errors.length > 0) {
        throw new UserFacingError(
          "IMPORT_ERRORS",
          `The file has ${errors.length} error${errors.length === 1 ? "" : "s"}; nothing was imported.`,
        );
      }

      const rows = planned.map((user) => ({ ...user, id: randomUUID() }));
      await tx.systemUser.createMany({
        data: rows.map((user) => ({
          id: user.id,
          logon: user.logon,
          logonLower: user.logon.toLowerCase(),
          fullName: user.fullName,
          fullNameLower: user.fullName.toLowerCase(),
          businessUnitId: user.businessUnitId,
          accessMode: user.accessMode,
          disabled: user.disabled,
        })),
      });
      await tx.userRole.createMany({
        data: rows.flatMap((user) => user.roles.map((role) => ({ userId: user.id, roleId: role.id }))),
        skipDuplicates: true,
      });
      for (const user of rows) {
        await audit({
          action: "user.create",
          targetType: "user",
          targetId: user.id,
          targetLabel: user.logon,
          before: null,
          after: await userState(tx, user.id),
          reason: "Imported from CSV",
        });
      }
      await touchOrganization(tx);

      return { created: rows.length };
    },
  });
}
