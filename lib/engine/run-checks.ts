import { checkKind, type Check, type ScenarioFile } from "../scenario/schema";

import { runAccessCheck } from "./check-access";
import { runImpersonationCheck } from "./check-impersonation";
import { runPluginCheck } from "./check-plugin";
import { compileOrganization } from "./compile-organization";
import { compareWithExpectation } from "./expectations";
import type { Organization } from "./organization";
import { warning } from "./reasons";
import type { CheckResult, SimulationAnswer } from "./result-types";
import { validateChecks } from "./validate-checks";
import { formatError } from "./validation-error";

export function runCheck(org: Organization, check: Check): CheckResult {
  const result = answerCheck(org, check);

  // R12: hierarchy access is out of scope; an organization that turns it on may
  // grant more than this answer says.
  if (org.hierarchySecurity) {
    result.warnings.push(
      warning(
        "HIERARCHY_SECURITY_NOT_SIMULATED",
        "hierarchy security is " +
          "on in this organization, and hierarchy access is not simulated: it may allow more (R12)",
      ),
    );
  }

  const differences = compareWithExpectation(check, result);
  if (differences === undefined) return result;

  return { ...result, met: differences.length === 0, differences };
}

function answerCheck(org: Organization, check: Check): CheckResult {
  switch (checkKind(check)) {
    case "plugin":
      return runPluginCheck(org, check as Extract<Check, { step: unknown }>);
    case "impersonation":
      return runImpersonationCheck(org, check as Extract<Check, { impersonate: string }>);
    case "access":
      return runAccessCheck(org, check as Extract<Check, { user: string }>);
  }
}

export function runChecks(org: Organization, checks: readonly Check[]): SimulationAnswer {
  const results = checks.map((check) => runCheck(org, check));
  const met = results.filter((result) => result.met === true).length;
  const unmet = results.filter((result) => result.met === false).length;

  return { results, summary: { checks: results.length, met, unmet } };
}

// For a file that parseScenarioText accepted: compiles and answers every check.
export function simulateFile(file: ScenarioFile): SimulationAnswer {
  const compiled = compileOrganization(file.organization);
  const errors = compiled.ok ? validateChecks(compiled.org, file.checks ?? []) : compiled.errors;
  if (!compiled.ok || errors.length > 0) {
    throw new Error(`the file is not valid:\n${errors.map(formatError).join("\n")}`);
  }

  return runChecks(compiled.org, file.checks ?? []);
}
