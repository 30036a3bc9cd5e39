import "server-only";
import { type Organization, validateChecks } from "@/lib/engine";
import type { FieldErrors } from "@/lib/errors";
import { stepToCheck, storedStepOf } from "./step-check";
import type { StepInput } from "./schemas";

// The names a step refers to (the chosen user, each operation's user, table,
// owner and shares) must exist, and the registration must be one the platform
// accepts (R20). The engine already knows how to say so for a plug-in check,
// with key paths; we ask it and put its answers on the form's fields, so the
// console and the simulator can never disagree about what is valid.

const PATHS: [RegExp, string][] = [
  [/^checks\[0\]\.step\.runAs$/, "runAs"],
  [/^checks\[0\]\.step\.(\w+)$/, "$1"],
  [/^checks\[0\]\.operations\[(\d+)\]\.?/, "operations.$1."],
];

function fieldOf(path: string) {
  for (const [pattern, replacement] of PATHS) {
    if (!pattern.test(path)) continue;
    return path
      .replace(pattern, replacement)
      .replace(/\[(\d+)\]/g, ".$1")
      .replace(/\.$/, "");
  }

  return "form";
}

function sentence(message: string) {
  return message.charAt(0).toUpperCase() + message.slice(1) + (message.endsWith(".") ? "" : ".");
}

export function stepNameErrors(org: Organization, step: StepInput): FieldErrors {
  // Any user will do as the caller: only the step's own names are in question.
  const caller = org.users[0]?.logon ?? "nobody";
  const check = stepToCheck(storedStepOf({ ...step, runAs: step.runAs ?? null }), caller);

  const errors: FieldErrors = {};
  for (const error of validateChecks(org, [check])) {
    if (error.path === "checks[0].caller") continue;
    errors[fieldOf(error.path)] ??= sentence(error.message);
  }

  return errors;
}
