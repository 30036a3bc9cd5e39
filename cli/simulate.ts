// npm run --silent simulate -- FILE [--format json|text]
// Reads one scenario file (JSON, or YAML for .yaml/.yml), answers its checks and
// prints the answer. Exit 0: every expectation met (or none given); 1: one is
// not; 2: the file is not valid (each error on stderr names its key path).

import { readFileSync } from "node:fs";

import { runChecks } from "../lib/engine";
import { formatError } from "../lib/engine/validation-error";
import { formatAnswerText } from "../lib/scenario/format-answer-text";
import { parseScenarioText, type ScenarioFormat } from "../lib/scenario/parse";

const USAGE = "usage: npm run --silent simulate -- FILE [--format json|text]";

type Output = "json" | "text";

function readArguments(args: string[]): { file: string; output: Output } | { error: string } {
  let file: string | undefined;
  let output: Output = "json";

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const inline = arg.startsWith("--format=") ? arg.slice("--format=".length) : undefined;
    if (arg === "--format" || inline !== undefined) {
      const value = inline ?? args[++i];
      if (value !== "json" && value !== "text") {
        return { error: `--format takes json or text, not "${value ?? ""}"` };
      }
      output = value;
    } else if (arg.startsWith("-")) {
      return { error: `unknown option ${arg}` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { error: `one file only (got "${file}" and "${arg}")` };
    }
  }

  return file === undefined ? { error: "no file given" } : { file, output };
}

function formatOf(file: string): ScenarioFormat | undefined {
  if (/\.ya?ml$/i.test(file)) return "yaml";
  if (/\.json$/i.test(file)) return "json";

  return undefined;
}

function main(args: string[]): number {
  const options = readArguments(args);
  if ("error" in options) {
    process.stderr.write(`${options.error}\n${USAGE}\n`);
    return 2;
  }

  let text: string;
  try {
    text = readFileSync(options.file, "utf8");
  } catch (error) {
    process.stderr.write(`${options.file}: cannot read: ${(error as Error).message}\n`);
    return 2;
  }

  const parsed = parseScenarioText(text, formatOf(options.file));
  if (!parsed.ok) {
    const count = parsed.errors.length;
    const plural = count === 1 ? "" : "s";
    process.stderr.write(`${options.file} is not valid (${count} error${plural}):\n`);
    process.stderr.write(parsed.errors.map((error) => `  ${formatError(error)}\n`).join(""));
    return 2;
  }

  const answer = runChecks(parsed.organization, parsed.file.checks ?? []);
  const printed =
    options.output === "text" ? formatAnswerText(answer) : `${JSON.stringify(answer, null, 2)}\n`;
  process.stdout.write(printed);

  return answer.summary.unmet > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
