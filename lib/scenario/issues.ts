import type { z } from "zod";

import { formatPath, type ValidationError } from "../engine/validation-error";

// Zod's issues in the file's own terms: the key path, then what is wrong, with
// "missing" for a key that is not there and one line per unknown key.
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], root: unknown): ValidationError[] {
  return issues.flatMap((issue) => describeIssue(issue, root));
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): ValidationError[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");

  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: "unknown key" }));
  }

  const value = valueAt(root, path);
  if ((issue.code === "invalid_type" || issue.code === "invalid_union") && value === undefined) {
    return [{ path: formatPath(path), message: "missing" }];
  }
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input")) {
    const message = `expected ${issue.expected}, not ${preview(value)}`;
    return [{ path: formatPath(path), message }];
  }

  return [{ path: formatPath(path), message: issue.message }];
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }

  return value;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);

  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
