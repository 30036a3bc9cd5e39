import { XMLParser, XMLValidator } from "fast-xml-parser";

import { formatPath, type PathSegment, type ValidationError } from "../engine/validation-error";
import { LEVELS, type Level } from "../scenario/schema";

// Security roles as Dynamics tooling writes them: SolutionPackager's
// Roles/<Role Name>.xml (root <Role>) and customizations.xml
// (<ImportExportXml><Roles><Role>). Quirks seen in real exports (fixtures/
// dataverse-roles/SOURCES.md): a UTF-8 BOM or not, tabs, no xmlns:xsi, an extra
// <IsAutoAssigned>, no isinherited attribute. Privileges at None are left out of
// such files; unknown privilege names are kept as they are.

export interface ImportedRole {
  name: string;
  // isinherited="0" is "Team privileges only" (TeamOnly); "1" or no attribute is
  // "Direct User (Basic) access level and Team privileges", the default (R13).
  inheritance: "Direct" | "TeamOnly";
  privileges: Record<string, Level>;
  id?: string;
  autoAssigned?: boolean;
}

export type ReadRolesResult = { ok: true; roles: ImportedRole[] } | { ok: false; errors: ValidationError[] };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === "Role" || name === "RolePrivilege",
});

export function readSolutionRoles(xmlText: string): ReadRolesResult {
  const text = xmlText.replace(/^\uFEFF/, "");
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    const message = `not well-formed XML at line ${line}, column ${col}: ${msg}`;
    return { ok: false, errors: [{ path: "", message }] };
  }

  const found = findRoles(parser.parse(text) as Node);
  if ("error" in found) return { ok: false, errors: [{ path: "", message: found.error }] };

  const errors: ValidationError[] = [];
  const roles = found.roles.map((role, i) => readRole(role, [...found.at, i], errors));

  return errors.length === 0 ? { ok: true, roles } : { ok: false, errors };
}

function findRoles(document: Node): { roles: Node[]; at: PathSegment[] } | { error: string } {
  if (Array.isArray(document.Role)) return { roles: document.Role as Node[], at: ["Role"] };

  const exported = asNode(document.ImportExportXml);
  if (exported) {
    const roles = asNode(exported.Roles)?.Role;
    const at = ["ImportExportXml", "Roles", "Role"];
    return { roles: Array.isArray(roles) ? (roles as Node[]) : [], at };
  }

  return { error: "expected a <Role> or an <ImportExportXml> root element" };
}

function readRole(role: Node, at: PathSegment[], errors: ValidationError[]): ImportedRole {
  const name = attribute(role, "name");
  if (!name) errors.push({ path: formatPath([...at, "name"]), message: "missing role name" });

  const inherited = attribute(role, "isinherited");
  if (inherited !== undefined && inherited !== "0" && inherited !== "1") {
    const message = `must be 0 or 1, not "${inherited}"`;
    errors.push({ path: formatPath([...at, "isinherited"]), message });
  }

  const imported: ImportedRole = {
    name: name ?? "",
    inheritance: inherited === "0" ? "TeamOnly" : "Direct",
    privileges: readPrivileges(role, at, errors),
  };
  const id = attribute(role, "id");
  if (id) imported.id = id;
  const autoAssigned = role.IsAutoAssigned;
  if (typeof autoAssigned === "string") imported.autoAssigned = autoAssigned.trim() === "1";

  return imported;
}

function readPrivileges(role: Node, at: PathSegment[], errors: ValidationError[]): Record<string, Level> {
  const entries = asNode(role.RolePrivileges)?.RolePrivilege;
  const list = Array.isArray(entries) ? (entries as Node[]) : [];
  const seen = new Set<string>();
  const privileges: [string, Level][] = [];

  list.forEach((entry, k) => {
    const where = [...at, "RolePrivileges", "RolePrivilege", k];
    const name = attribute(entry, "name");
    const level = attribute(entry, "level");
    if (!name) {
      errors.push({ path: formatPath([...where, "name"]), message: "missing privilege name" });
      return;
    }
    if (!isLevel(level)) {
      errors.push({
        path: formatPath([...where, "level"]),
        message: `${name}: level must be one of ${LEVELS.join(", ")}, not "${level ?? ""}"`,
      });
      return;
    }
    if (seen.has(name.toLowerCase())) {
      errors.push({ path: formatPath([...where, "name"]), message: `${name} is listed twice` });
      return;
    }

    seen.add(name.toLowerCase());
    privileges.push([name, level]);
  });

  return Object.fromEntries(privileges);
}

function attribute(node: Node, name: string): string | undefined {
  const value = node[`@_${name}`];

  return typeof value === "string" ? value : undefined;
}

function asNode(value: unknown): Node | undefined {
  const isNode = typeof value === "object" && value !== null && !Array.isArray(value);

  return isNode ? (value as Node) : undefined;
}

function isLevel(value: string | undefined): value is Level {
  return (LEVELS as readonly string[]).includes(value ?? "");
}
