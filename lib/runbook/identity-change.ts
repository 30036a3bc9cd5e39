import { SERVICES, type ServiceKey } from "@/lib/data/services/catalog";
import { type BuiltInIdentity, isBuiltIn, isDomainAccount } from "@/lib/data/services/identity";
import { comment, quote } from "./powershell";
import { domainGroupsFor, LOCAL_GROUPS } from "./server-steps";

// The PowerShell an administrator runs to make an identity change real (R28):
// the domain groups once, then one section per server. The password is never
// stored or shown by the console: the script asks for it with Get-Credential,
// and every step is safe to run twice.

export type RunbookInput = {
  service: ServiceKey;
  from: string;
  to: string;
  servers: readonly string[];
  generatedBy: string;
  generatedAt: Date;
};

// IIS processModel.identityType values.
const IIS_IDENTITY_TYPE: Record<BuiltInIdentity, number> = {
  LocalSystem: 0,
  LocalService: 1,
  NetworkService: 2,
  ApplicationPoolIdentity: 4,
};
const SPECIFIC_USER = 3;

// What Win32_Service.Change takes as StartName for the built-in accounts.
const SERVICE_START_NAME: Partial<Record<BuiltInIdentity, string>> = {
  LocalSystem: "LocalSystem",
  LocalService: "NT AUTHORITY\\LocalService",
  NetworkService: "NT AUTHORITY\\NetworkService",
};

export function runbookFileName(service: ServiceKey, at: Date) {
  return `identity-change-${service}-${at.toISOString().slice(0, 10)}.ps1`;
}

export function identityChangeRunbook(input: RunbookInput): string {
  const info = SERVICES[input.service];
  const domainAccount = isDomainAccount(input.to);
  const lines = [
    "#Requires -Version 5.1",
    comment(`Identity Console runbook: change the identity of ${info.title} (${input.service}).`),
    comment(`From ${input.from} to ${input.to}.`),
    comment(`Generated ${input.generatedAt.toISOString()} by ${input.generatedBy}.`),
    comment("Rules: R24 and R26 (required AD groups), R28 (the steps on each server)."),
    comment("No password is stored in this file: the script asks for it when it runs."),
    "Set-StrictMode -Version Latest",
    "$ErrorActionPreference = 'Stop'",
    "",
    `$account = ${quote(input.to)}`,
  ];
  if (domainAccount) {
    const message = `Password of ${input.to}, the new identity of ${input.service}`;
    lines.push(`$cred = Get-Credential -UserName $account -Message ${quote(message)}`);
  }

  lines.push("", ...domainSection(input), ...input.servers.flatMap((server) => serverSection(input, server)));
  if (input.servers.length === 0) {
    lines.push(
      comment("No server is recorded for this service in the console: run the section below on each"),
      comment("server that hosts it, or record the servers on the service page and download again."),
      ...serverSection(input, "localhost"),
    );
  }

  return lines.join("\n") + "\n";
}

function domainSection(input: RunbookInput): string[] {
  const groups = domainGroupsFor(input.service, input.to);
  if (groups.length === 0) {
    return [comment("The new identity is built in: no AD group membership to add (R24)."), ""];
  }

  const samAccountName = input.to.slice(input.to.indexOf("\\") + 1);

  return [
    comment("1. Domain groups, once for the deployment (needs the ActiveDirectory module, R26, R28)."),
    "Import-Module ActiveDirectory",
    "function Add-DomainGroupMemberOnce {",
    "  param([string]$Group, [string]$Member)",
    "  $user = Get-ADUser -Identity $Member -Properties MemberOf, PrimaryGroup",
    "  $target = Get-ADGroup -Identity $Group",
    "  $dn = $target.DistinguishedName",
    "  $already = $user.PrimaryGroup -eq $dn -or $user.MemberOf -contains $dn",
    '  if ($already) { Write-Host "$Member is already in $Group"; return }',
    "  Add-ADGroupMember -Identity $target -Members $user",
    '  Write-Host "Added $Member to $Group"',
    "}",
    `$samAccountName = ${quote(samAccountName)}`,
    ...groups.map((group) => `Add-DomainGroupMemberOnce -Group ${quote(group)} -Member $samAccountName`),
    "",
  ];
}

function serverSection(input: RunbookInput, server: string): string[] {
  const appPool = SERVICES[input.service].host.kind === "app-pool";
  const body = appPool ? appPoolBody(input) : windowsServiceBody(input);
  const credential = isDomainAccount(input.to) ? "$cred" : "$null";

  return [
    comment(`2. Server ${server}`),
    `Invoke-Command -ComputerName ${quote(server)} -ArgumentList $account, ${credential} -ScriptBlock {`,
    "  param([string]$Account, [pscredential]$Credential)",
    "  $ErrorActionPreference = 'Stop'",
    ...body.map((line) => `  ${line}`),
    "}",
    "",
  ];
}

function appPoolBody(input: RunbookInput): string[] {
  const info = SERVICES[input.service];
  if (info.host.kind !== "app-pool") return [];
  const pool = quote(info.host.pool);
  const lines: string[] = [];

  if (isDomainAccount(input.to)) {
    lines.push(
      `foreach ($group in ${LOCAL_GROUPS.map(quote).join(", ")}) {`,
      "  if (-not (Get-LocalGroupMember -Group $group -Member $Account -ErrorAction SilentlyContinue)) {",
      "    Add-LocalGroupMember -Group $group -Member $Account",
      "  }",
      "}",
    );
  }
  lines.push("Import-Module WebAdministration");
  if (isBuiltIn(input.to)) {
    lines.push(
      `Set-ItemProperty -Path ${quote(`IIS:\\AppPools\\${info.host.pool}`)} -Name processModel ` +
        `-Value @{ identityType = ${IIS_IDENTITY_TYPE[input.to]} }`,
    );
  } else {
    lines.push(
      `Set-ItemProperty -Path ${quote(`IIS:\\AppPools\\${info.host.pool}`)} -Name processModel -Value @{`,
      "  userName = $Account",
      "  password = $Credential.GetNetworkCredential().Password",
      `  identityType = ${SPECIFIC_USER}`,
      "}",
    );
  }
  lines.push(`Restart-WebAppPool -Name ${pool}`);

  return lines;
}

function windowsServiceBody(input: RunbookInput): string[] {
  const info = SERVICES[input.service];
  if (info.host.kind !== "windows-service") return [];
  const builtIn = isBuiltIn(input.to) ? SERVICE_START_NAME[input.to] : undefined;
  const startName = builtIn ? quote(builtIn) : "$Account";
  const password = builtIn ? "''" : "$Credential.GetNetworkCredential().Password";

  const logOnRight = comment("The account needs the 'Log on as a service' right on this server.");
  const rightNote = builtIn ? [] : [logOnRight];

  return [
    ...rightNote,
    ...info.host.names.flatMap((name) => [
      `$service = Get-CimInstance -ClassName Win32_Service -Filter ${quote(`Name='${name}'`)}`,
      "$result = Invoke-CimMethod -InputObject $service -MethodName Change " +
        `-Arguments @{ StartName = ${startName}; StartPassword = ${password} }`,
      `if ($result.ReturnValue -ne 0) { throw ${quote(`Setting the account of ${name} failed`)} + ` +
        '" (Win32_Service.Change returned $($result.ReturnValue))" }',
      `Restart-Service -Name ${quote(name)} -Force`,
    ]),
  ];
}
