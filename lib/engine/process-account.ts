import type { PluginStep, ServiceRole } from "../scenario/schema";

import type { Organization } from "./organization";
import { reason, warning } from "./reasons";
import type { Reason, Warning } from "./result-types";

export const PRIV_GROUP_ERROR_CODE = "0x80048401";
export const PRIV_GROUP_ERROR_NAME = "CheckPrivilegeGroupForUserOnPremiseError";

const SERVICE_TITLES: Record<ServiceRole, string> = {
  CRMAppPool: "the CRMAppPool identity",
  AsyncService: "the Asynchronous Processing Service account",
  SandboxService: "the Sandbox Processing Service account",
  DeploymentService: "the Deployment Web Service account",
};

export interface ProcessAccountAnswer {
  account: string;
  reasons: Reason[];
  warnings: Warning[];
  errorCode: string | undefined; // set when R24 fails the call
  blockedBy?: string; // with errorCode: the account and why it fails, in plain words
}

// R23: where the step's code runs; R24: whether that service may call the
// platform at all. Offline, the step runs in the offline client on the user's
// machine, under the logged-on user's Windows account (our reading, docs/engine.md).
export function processAccountFor(
  org: Organization,
  step: PluginStep,
  loggedOnUser: string,
): ProcessAccountAnswer {
  if (step.client === "Offline") {
    const text =
      `run by the offline client, under the logged-on user ${loggedOnUser}; ` +
      "no server service account is involved";
    const reasons = [reason("R25", text)];
    return { account: loggedOnUser, reasons, warnings: [], errorCode: undefined };
  }

  const sandboxed = step.isolation === "Sandbox";
  const asynchronous = step.mode === "Asynchronous";
  let runner: ServiceRole = "CRMAppPool";
  if (sandboxed) runner = "SandboxService";
  else if (asynchronous) runner = "AsyncService";

  const account = org.serviceAccounts[runner];
  const reasons = [
    reason(
      "R23",
      `${describeStep(sandboxed, asynchronous)}: the code runs ` +
        `under ${SERVICE_TITLES[runner]}, ${account}`,
    ),
  ];
  const warnings = crmUserWarning(org, account, runner);

  // R24 covers the account R23 names when it is CRMAppPool or the asynchronous
  // service. A sandboxed step, synchronous or asynchronous, runs under the sandbox
  // service, which R26 asks no group of: no PrivUserGroup check applies to it.
  if (runner === "SandboxService") {
    const text =
      `${SERVICE_TITLES.SandboxService} needs no group membership, so no ` + "PrivUserGroup check applies";
    reasons.push(reason("R26", text));
    return { account, reasons, warnings, errorCode: undefined };
  }

  const group = privUserGroupCheck(org, runner);
  reasons.push(group.reason);
  if (group.ok) return { account, reasons, warnings, errorCode: undefined };

  warnings.push(warning("PROCESS_ACCOUNT_NOT_IN_PRIVUSERGROUP", group.reason.text));

  return { account, reasons, warnings, errorCode: PRIV_GROUP_ERROR_CODE, blockedBy: group.cause };
}

function describeStep(sandboxed: boolean, asynchronous: boolean): string {
  const mode = asynchronous ? "asynchronous" : "synchronous";

  return sandboxed ? `sandboxed ${mode} step` : `${mode} step outside the sandbox`;
}

interface GroupCheck {
  ok: boolean;
  reason: Reason;
  cause?: string; // why the call fails, for the operations it stops
}

function privUserGroupCheck(org: Organization, service: ServiceRole): GroupCheck {
  const account = org.serviceAccounts[service];
  const who = `${SERVICE_TITLES[service]} (${account})`;

  if (account === "NetworkService") {
    const text = `${who} is Network Service, which needs no PrivUserGroup membership`;
    return { ok: true, reason: reason("R24", text) };
  }
  if (org.privUserGroup.has(account.toLowerCase())) {
    return { ok: true, reason: reason("R24", `${who} is a member of PrivUserGroup`) };
  }

  const cause = `${who} is not Network Service and not a member of PrivUserGroup`;
  const text = `${cause}: calls fail with ${PRIV_GROUP_ERROR_NAME} (${PRIV_GROUP_ERROR_CODE})`;

  return { ok: false, reason: reason("R24", text), cause };
}

// R27: a service account must not also be a CRM user.
function crmUserWarning(org: Organization, account: string, runner: ServiceRole): Warning[] {
  if (!org.userIndex.has(account.toLowerCase())) return [];

  const text =
    `${SERVICE_TITLES[runner]} ${account} is also a CRM user; a service account ` + "must not be one (R27)";

  return [warning("SERVICE_ACCOUNT_IS_CRM_USER", text)];
}
