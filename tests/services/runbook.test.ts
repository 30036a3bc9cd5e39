import { describe, expect, it } from "vitest";
import { identityChangeRunbook, runbookFileName } from "@/lib/runbook/identity-change";
import { comment, quote } from "@/lib/runbook/powershell";
import { changeSteps } from "@/lib/runbook/server-steps";

// The runbook is code an administrator runs with domain rights: what a person
// typed must never escape its string, and no password may ever be written.

const base = {
  service: "CRMAppPool" as const,
  from: "CONTOSO\\svc-crmapp",
  to: "CONTOSO\\svc-crmapp2",
  servers: ["CRM01", "crm02.contoso.local"],
  generatedBy: "e2e-admin",
  generatedAt: new Date("2026-01-02T03:04:05Z"),
};

describe("quote (PowerShell single-quoted strings)", () => {
  it.each([
    ["plain", "CONTOSO\\svc", "'CONTOSO\\svc'"],
    ["a quote is doubled", "O'Brien", "'O''Brien'"],
    ["typographic quotes are doubled too", "a\u2019b\u2018c", "'a\u2019\u2019b\u2018\u2018c'"],
    ["dollar and backtick stay literal", "$(Remove-Item C:\\)`n", "'$(Remove-Item C:\\)`n'"],
  ])("%s", (_name, value, want) => {
    expect(quote(value)).toBe(want);
  });

  it("a line break cannot end a comment early", () => {
    expect(comment("reason\nRemove-Item -Recurse C:\\\u2028x")).toBe("# reason Remove-Item -Recurse C:\\ x");
  });
});

describe("identityChangeRunbook", () => {
  const script = identityChangeRunbook(base);

  it("asks for the password instead of containing one", () => {
    expect(script).toContain("$cred = Get-Credential -UserName $account");
    expect(script).toContain("$account = 'CONTOSO\\svc-crmapp2'");
    expect(script).not.toMatch(/password\s*=\s*'/i);
    expect(script).toContain("password = $Credential.GetNetworkCredential().Password");
  });

  it("adds the domain groups R26 and R28 name, once", () => {
    for (const group of ["PrivUserGroup", "SQLAccessGroup", "Domain Users"]) {
      const line = `Add-DomainGroupMemberOnce -Group '${group}' -Member $samAccountName`;
      expect(script.split(line)).toHaveLength(2);
    }
    expect(script).toContain("$samAccountName = 'svc-crmapp2'");
  });

  it("has one section per server: local groups, pool identity, recycle", () => {
    for (const server of base.servers) expect(script).toContain(`Invoke-Command -ComputerName '${server}'`);
    expect(script.match(/Add-LocalGroupMember/g)).toHaveLength(2);
    expect(script).toContain("foreach ($group in 'IIS_WPG', 'CRM_WPG')");
    expect(script).toContain("Set-ItemProperty -Path 'IIS:\\AppPools\\CRMAppPool' -Name processModel");
    expect(script).toContain("identityType = 3");
    expect(script.match(/Restart-WebAppPool -Name 'CRMAppPool'/g)).toHaveLength(2);
  });

  it.each([
    ["NetworkService", 2],
    ["LocalSystem", 0],
    ["ApplicationPoolIdentity", 4],
  ])("a built-in identity (%s) sets identityType %i and asks for no password or group", (identity, type) => {
    const builtIn = identityChangeRunbook({ ...base, to: identity });

    expect(builtIn).toContain(`-Value @{ identityType = ${type} }`);
    expect(builtIn).not.toContain("Get-Credential");
    expect(builtIn).not.toContain("Add-ADGroupMember");
    expect(builtIn).not.toContain("Add-LocalGroupMember");
  });

  it("a Windows service is changed through Win32_Service and restarted, maintenance too", () => {
    const async = identityChangeRunbook({ ...base, service: "AsyncService" });

    expect(async).toContain("-Filter 'Name=''MSCRMAsyncService'''");
    expect(async).toContain("-Filter 'Name=''MSCRMAsyncService$maintenance'''");
    expect(async).toContain("Restart-Service -Name 'MSCRMAsyncService$maintenance' -Force");
    expect(async).not.toContain("Restart-WebAppPool");
  });

  it("a hostile value stays inside its string and its comment", () => {
    const hostile = identityChangeRunbook({
      ...base,
      to: "CONTOSO\\o'neil",
      servers: ["CRM01"],
      generatedBy: "mallory\nRemove-Item C:\\ -Recurse",
    });

    expect(hostile).toContain("$account = 'CONTOSO\\o''neil'");
    expect(hostile).toContain("$samAccountName = 'o''neil'");
    expect(hostile.split("\n").filter((line) => line.startsWith("Remove-Item"))).toEqual([]);
  });

  it("without recorded servers, says so and writes one local section", () => {
    const local = identityChangeRunbook({ ...base, servers: [] });

    expect(local).toContain("No server is recorded for this service");
    expect(local).toContain("Invoke-Command -ComputerName 'localhost'");
  });

  it("names the file after the service and the day", () => {
    expect(runbookFileName("CRMAppPool", base.generatedAt)).toBe("identity-change-CRMAppPool-2026-01-02.ps1");
  });
});

describe("changeSteps (R28)", () => {
  it.each([
    ["CRMAppPool", "CONTOSO\\svc", 1, ["IIS_WPG and CRM_WPG", "application pool CRMAppPool", "Recycle"]],
    ["CRMAppPool", "NetworkService", 0, ["application pool CRMAppPool", "Recycle"]],
    ["SandboxService", "CONTOSO\\svc", 1, ["Windows service MSCRMSandboxService", "Restart"]],
  ] as const)("%s as %s", (service, identity, domainSteps, phrases) => {
    const steps = changeSteps(service, identity, ["CRM01"]);

    expect(steps.domain).toHaveLength(domainSteps);
    const text = steps.perServer[0].steps.join(" ");
    for (const phrase of phrases) expect(text).toContain(phrase);
  });
});
