import { findTeam, findUser, findUserOrSystem } from "../engine/check-references";
import type { Organization } from "../engine/organization";
import { ErrorList, type PathSegment, type ValidationError } from "../engine/validation-error";
import type { RecordSpec } from "./check-schema";
import type { RegisteredStep } from "./plugin-step-schema";

const SERVICE_TARGETS = ["context", "initiating", "system"];

// The names a registered step uses must exist, as they must in a check.
export function validateRegisteredSteps(
  org: Organization,
  steps: readonly RegisteredStep[],
): ValidationError[] {
  const errors = new ErrorList();

  steps.forEach((step, i) => {
    const at: PathSegment[] = ["organization", "pluginSteps", i];
    if (step.runAs && findUser(org, step.runAs) === undefined) {
      errors.add([...at, "runAs"], `no user "${step.runAs}"`);
    }
    (step.operations ?? []).forEach((operation, j) => {
      const opAt: PathSegment[] = [...at, "operations", j];
      if (
        !SERVICE_TARGETS.includes(operation.as.toLowerCase()) &&
        findUser(org, operation.as) === undefined
      ) {
        errors.add(
          [...opAt, "as"],
          `expected context, initiating, system or a user; no user "${operation.as}"`,
        );
      }
      recordRefs(org, errors, [...opAt, "record"], operation.record);
    });
  });

  return errors.items;
}

function recordRefs(org: Organization, errors: ErrorList, at: PathSegment[], record: RecordSpec | undefined) {
  if (!record) return;
  if (record.owner && findUserOrSystem(org, record.owner) === undefined) {
    errors.add([...at, "owner"], `no user "${record.owner}"`);
  }
  if (record.ownerTeam && findTeam(org, record.ownerTeam) === undefined) {
    errors.add([...at, "ownerTeam"], `no team "${record.ownerTeam}"`);
  }
}
