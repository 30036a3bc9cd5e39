import type { CheckResult, Reason, SimulationAnswer } from "../engine/result-types";

// The simulator's answer as a short table for people (`--format text`), with what
// differed under each unmet check.
export function formatAnswerText(answer: SimulationAnswer): string {
  const header = ["CHECK", "KIND", "OUTCOME", "EXPECTED", "MET"];
  const rows = answer.results.map((result) => [
    result.name,
    result.kind,
    result.outcome,
    expectedText(result),
    result.met === undefined ? "-" : result.met ? "yes" : "NO",
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) => {
    return cells
      .map((cell, c) => cell.padEnd(widths[c]))
      .join("  ")
      .trimEnd();
  };

  const lines = [line(header)];
  for (const [i, result] of answer.results.entries()) {
    lines.push(line(rows[i]));
    for (const { field, expected, actual } of result.differences ?? []) {
      lines.push(`    ${field}: expected ${show(expected)}, got ${show(actual)}`);
    }
    if (result.met === false || result.outcome !== "allowed") {
      for (const why of explanation(result)) lines.push(`    ${why.text}`);
    }
    for (const warning of result.warnings) lines.push(`    warning ${warning.code}`);
  }

  const { checks, met, unmet } = answer.summary;
  const without = checks - met - unmet;
  const noun = checks === 1 ? "check" : "checks";
  lines.push("", `${checks} ${noun}: ${met} met, ${unmet} unmet, ${without} without expectation`);

  return `${lines.join("\n")}\n`;
}

// Why a check was not allowed: its own reasons, and for a plug-in call those of
// each operation that was not allowed.
function explanation(result: CheckResult): Reason[] {
  const operations = (result.operations ?? []).filter((o) => o.outcome !== "allowed");

  return [...result.reasons, ...operations.flatMap((operation) => operation.reasons)];
}

function expectedText(result: CheckResult): string {
  if (result.met === undefined) return "-";
  const outcome = result.differences?.find((d) => d.field === "outcome");

  return outcome ? String(outcome.expected) : result.met ? result.outcome : "(see below)";
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
