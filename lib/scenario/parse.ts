import { parseDocument } from "yaml";

import { compileDraft } from "../engine/compile-organization";
import { noBrokenNames } from "../engine/broken-names";
import type { Organization } from "../engine/organization";
import { validateChecks } from "../engine/validate-checks";
import type { ValidationError } from "../engine/validation-error";

import { issuesToErrors } from "./issues";
import { salvage } from "./salvage";
import { validateRegisteredSteps } from "./validate-registered-steps";
import { type ScenarioFile, scenarioFileSchema } from "./schema";

export type ParseResult =
  { ok: true; file: ScenarioFile; organization: Organization } | { ok: false; errors: ValidationError[] };

export type ScenarioFormat = "json" | "yaml";

// Text to a checked scenario file. Without a format, text starting with "{" is
// read as JSON (better messages) and anything else as YAML.
export function parseScenarioText(text: string, format?: ScenarioFormat): ParseResult {
  const body = text.replace(/^\uFEFF/, "");
  const chosen = format ?? (body.trimStart().startsWith("{") ? "json" : "yaml");
  const read = chosen === "json" ? readJson(body) : readYaml(body);
  if (!read.ok) return read;

  return parseScenarioValue(read.value);
}

// Shape (zod), then names (compileOrganization, validateChecks). When the shape is
// wrong somewhere, the well-formed rest is still checked, so every error found is
// returned at once.
export function parseScenarioValue(value: unknown): ParseResult {
  const shape = scenarioFileSchema.safeParse(value);

  if (shape.success) {
    const draft = compileDraft(shape.data.organization, noBrokenNames());
    const errors = [
      ...draft.errors,
      ...validateRegisteredSteps(draft.org, shape.data.organization.pluginSteps ?? []),
      ...validateChecks(draft.org, shape.data.checks ?? []),
    ];
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, file: shape.data, organization: draft.org };
  }

  const errors = issuesToErrors(shape.error.issues, value);
  const rest = salvage(value);
  if (rest.snapshot) {
    const draft = compileDraft(rest.snapshot, rest.broken);
    errors.push(...draft.errors, ...validateChecks(draft.org, rest.checks, rest.broken));
  }

  return { ok: false, errors: inFileOrder(errors) };
}

const SECTIONS = ["organization", "checks"];
const LISTS = [
  "businessUnits",
  "tables",
  "roles",
  "users",
  "teams",
  "serviceAccounts",
  "groups",
  "settings",
  "pluginSteps",
];

// Shape errors and name errors come from two passes; readers expect file order.
// The sort is stable, so errors within one element keep the order they were found.
function inFileOrder(errors: ValidationError[]): ValidationError[] {
  const rank = (path: string): number[] => {
    const [, section, rest] = /^(\w+)?(.*)$/.exec(path) ?? [];
    const list = /^\.(\w+)/.exec(rest ?? "")?.[1];
    const index = Number(/\[(\d+)\]/.exec(rest ?? "")?.[1] ?? -1);
    const sectionRank = SECTIONS.indexOf(section ?? "");
    return section === "checks"
      ? [sectionRank, 0, index]
      : [sectionRank, list ? LISTS.indexOf(list) : -1, index];
  };

  return errors
    .map((error) => ({ error, key: rank(error.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
    .map(({ error }) => error);
}

type Read = { ok: true; value: unknown } | { ok: false; errors: ValidationError[] };

function readJson(text: string): Read {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = `not valid JSON: ${(error as Error).message}`;
    return { ok: false, errors: [{ path: "", message }] };
  }
}

function readYaml(text: string): Read {
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    const errors = document.errors.map((error) => ({
      path: "",
      message: `not valid YAML: ${error.message.split("\n")[0]}`,
    }));
    return { ok: false, errors };
  }

  return { ok: true, value: document.toJS() };
}
