import type { Reason, RuleId, Warning, WarningCode } from "./result-types";

// Every reason ends with its rule id, so the text reads on its own in a log line.
export function reason(rule: RuleId, text: string): Reason {
  return { rule, text: `${text} (${rule})` };
}

export function warning(code: WarningCode, text: string): Warning {
  return { code, text };
}
