// The deployment's service accounts and AD groups (R23, R26, R27, R28). Pure:
// shared by the data layer, the runbook generator, the pages and the tests.

export const SERVICE_KEYS = [
  "CRMAppPool",
  "DeploymentService",
  "AsyncService",
  "SandboxService",
  "VSSWriter",
  "UnzipService",
  "EmailRouter",
  "ReportingServices",
] as const;
export type ServiceKey = (typeof SERVICE_KEYS)[number];

export const GROUP_NAMES = [
  "PrivUserGroup",
  "SQLAccessGroup",
  "ReportingGroup",
  "PrivReportingGroup",
] as const;
export type GroupName = (typeof GROUP_NAMES)[number];

export type ServiceInfo = {
  key: ServiceKey;
  title: string;
  /** An IIS application pool or a Windows service: decides how the identity is set (R28). */
  host: { kind: "app-pool"; pool: string } | { kind: "windows-service"; names: readonly string[] };
  /** R26: the AD groups the service's account must belong to. */
  requiredGroups: readonly GroupName[];
  summary: string;
};

const PRIVILEGED = ["PrivUserGroup", "SQLAccessGroup"] as const;

export const SERVICES: Record<ServiceKey, ServiceInfo> = {
  CRMAppPool: {
    key: "CRMAppPool",
    title: "Web Application",
    host: { kind: "app-pool", pool: "CRMAppPool" },
    requiredGroups: PRIVILEGED,
    summary: "Runs the web application and every synchronous plug-in outside the sandbox (R23).",
  },
  DeploymentService: {
    key: "DeploymentService",
    title: "Deployment Web Service",
    host: { kind: "app-pool", pool: "CRMDeploymentServiceAppPool" },
    requiredGroups: PRIVILEGED,
    summary: "Creates and manages organizations through the deployment web service.",
  },
  AsyncService: {
    key: "AsyncService",
    title: "Asynchronous Processing Service",
    // The maintenance instance runs under the same account.
    host: { kind: "windows-service", names: ["MSCRMAsyncService", "MSCRMAsyncService$maintenance"] },
    requiredGroups: PRIVILEGED,
    summary: "Runs asynchronous plug-ins and workflows (R23).",
  },
  SandboxService: {
    key: "SandboxService",
    title: "Sandbox Processing Service",
    host: { kind: "windows-service", names: ["MSCRMSandboxService"] },
    requiredGroups: [],
    summary: "Runs plug-ins registered in the sandbox; needs no group membership (R26).",
  },
  VSSWriter: {
    key: "VSSWriter",
    title: "VSS Writer Service",
    host: { kind: "windows-service", names: ["MSCRMVssWriterService"] },
    requiredGroups: PRIVILEGED,
    summary: "Lets Volume Shadow Copy backups include the CRM data.",
  },
  UnzipService: {
    key: "UnzipService",
    title: "Unzip Service",
    host: { kind: "windows-service", names: ["MSCRMUnzipService"] },
    requiredGroups: ["PrivUserGroup"],
    summary: "Unpacks compressed import files.",
  },
  EmailRouter: {
    key: "EmailRouter",
    title: "Email Router",
    host: { kind: "windows-service", names: ["MSCRMEmail"] },
    requiredGroups: ["PrivUserGroup"],
    summary: "Moves email between the mail server and the organization.",
  },
  ReportingServices: {
    key: "ReportingServices",
    title: "Reporting Services",
    host: { kind: "windows-service", names: ["ReportServer"] },
    requiredGroups: ["PrivUserGroup", "PrivReportingGroup"],
    summary: "The SQL Server Reporting Services account that runs CRM reports.",
  },
};

export const GROUP_PURPOSE: Record<GroupName, string> = {
  PrivUserGroup:
    "Privileged accounts the platform trusts to call it on behalf of users. The CRMAppPool and " +
    "asynchronous service accounts must be members unless they are Network Service (R24).",
  SQLAccessGroup: "Accounts that may reach the organization databases directly (R26).",
  ReportingGroup: "Every CRM user, so that reports run for them (R26).",
  PrivReportingGroup: "The Reporting Services account, trusted to run reports for users (R26).",
};

export function isServiceKey(value: string): value is ServiceKey {
  return (SERVICE_KEYS as readonly string[]).includes(value);
}

export function isGroupName(value: string): value is GroupName {
  return (GROUP_NAMES as readonly string[]).includes(value);
}

/** Which services hold an account that must be in `group` (R26), for the group page. */
export function servicesRequiring(group: GroupName): ServiceKey[] {
  return SERVICE_KEYS.filter((key) => SERVICES[key].requiredGroups.includes(group));
}
