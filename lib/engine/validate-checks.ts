import { type Check, checkKind, type PluginCheck, type RecordSpec } from "../scenario/schema";

import { type BrokenNames, hasBroken, isBroken, noBrokenNames } from "./broken-names";
import {
  findTeam,
  findUser,
  findUserOrSystem,
  isKnownTable,
  isOrganizationOwned,
  resolveSharePrincipal,
  SYSTEM_NAME,
} from "./check-references";
import type { Organization } from "./organization";
import { ErrorList, type PathSegment, type ValidationError } from "./validation-error";

// Names in checks must exist in the organization: a misspelt user in a
// regression test must not pass as "denied".
export function validateChecks(
  org: Organization,
  checks: readonly (Check | undefined)[],
  broken: BrokenNames = noBrokenNames(),
): ValidationError[] {
  const errors = new ErrorList();
  const scope = { org, broken, errors };

  checks.forEach((check, i) => {
    if (!check) return;
    const at: PathSegment[] = ["checks", i];
    switch (checkKind(check)) {
      case "access": {
        const access = check as Extract<Check, { user: string }>;
        userRef(scope, [...at, "user"], access.user, true);
        tableAndRecord(scope, at, access.table, access.record);
        break;
      }
      case "impersonation": {
        const impersonation = check as Extract<Check, { impersonate: string }>;
        userRef(scope, [...at, "caller"], impersonation.caller, false);
        userRef(scope, [...at, "impersonate"], impersonation.impersonate, false);
        tableAndRecord(scope, at, impersonation.table, impersonation.record);
        break;
      }
      case "plugin":
        pluginRefs(scope, at, check as PluginCheck);
        break;
    }
  });

  return errors.items;
}

interface Scope {
  org: Organization;
  broken: BrokenNames;
  errors: ErrorList;
}

const OPERATION_USERS = ["context", "initiating", "system"];

function pluginRefs(scope: Scope, at: PathSegment[], check: PluginCheck): void {
  const { step } = check;
  userRef(scope, [...at, "caller"], check.caller, false);
  if (step.runAs !== undefined) userRef(scope, [...at, "step", "runAs"], step.runAs, false);
  tableRef(scope, [...at, "step", "table"], step.table);

  // R20: an asynchronous step is PostOperation only.
  if (step.mode === "Asynchronous" && step.stage && step.stage !== "PostOperation") {
    const message = "an asynchronous step runs PostOperation only (R20)";
    scope.errors.add([...at, "step", "stage"], message);
  }

  (check.operations ?? []).forEach((operation, k) => {
    const where = [...at, "operations", k];
    if (!OPERATION_USERS.includes(operation.as.toLowerCase())) {
      const hint = ' (or "context", "initiating", "system")';
      userRef(scope, [...where, "as"], operation.as, true, hint);
    }
    tableAndRecord(scope, where, operation.table, operation.record);
  });
}

function userRef(scope: Scope, at: PathSegment[], name: string, systemAllowed: boolean, hint = ""): void {
  if (name.toUpperCase() === SYSTEM_NAME) {
    if (!systemAllowed) scope.errors.add(at, "SYSTEM cannot sign in, call or be impersonated (R4)");
    return;
  }

  if (findUser(scope.org, name) === undefined && !isBroken(scope.broken, "users", name)) {
    scope.errors.add(at, `no user "${name}"${hint}`);
  }
}

function tableRef(scope: Scope, at: PathSegment[], table: string): boolean {
  if (isKnownTable(scope.org, table)) return true;
  if (isBroken(scope.broken, "tables", table) || hasBroken(scope.broken, "roles")) return false;

  scope.errors.add(at, `no table "${table}": not in organization.tables and named by no privilege`);

  return false;
}

function tableAndRecord(
  scope: Scope,
  at: PathSegment[],
  table: string,
  record: RecordSpec | undefined,
): void {
  tableRef(scope, [...at, "table"], table);
  if (!record) return;
  const where = [...at, "record"];

  // R9: a record of an organization-owned table has no owner and is not shared.
  if (isOrganizationOwned(scope.org, table)) {
    if (record.owner || record.ownerTeam || record.sharedWith) {
      scope.errors.add(
        where,
        `${table} is organization-owned: its records have no owner and ` + "are not shared (R9)",
      );
    }
    return;
  }

  if (record.owner !== undefined && record.ownerTeam !== undefined) {
    scope.errors.add(where, 'give "owner" or "ownerTeam", not both');
  }
  if (
    record.owner !== undefined &&
    findUserOrSystem(scope.org, record.owner) === undefined &&
    !isBroken(scope.broken, "users", record.owner)
  ) {
    scope.errors.add([...where, "owner"], `no user "${record.owner}"`);
  }
  if (record.ownerTeam !== undefined) {
    ownerTeamRef(scope, [...where, "ownerTeam"], record.ownerTeam);
  }

  (record.sharedWith ?? []).forEach((share, k) => {
    const name = share.principal;
    if (resolveSharePrincipal(scope.org, name) !== undefined) return;
    if (isBroken(scope.broken, "users", name) || isBroken(scope.broken, "teams", name)) return;
    scope.errors.add([...where, "sharedWith", k, "principal"], `no user or team "${name}"`);
  });
}

// R5: access teams own nothing.
function ownerTeamRef(scope: Scope, at: PathSegment[], name: string): void {
  const team = findTeam(scope.org, name);
  if (team === undefined) {
    if (!isBroken(scope.broken, "teams", name)) scope.errors.add(at, `no team "${name}"`);
  } else if (scope.org.teams[team].accessTeam) {
    scope.errors.add(at, `"${name}" is an access team, and access teams own nothing (R5)`);
  }
}
