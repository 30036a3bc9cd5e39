import { isLogonName } from "@/lib/scenario/schema-primitives";
import { SERVICES, type ServiceKey } from "./catalog";

// R27: an identity is a built-in account or a domain account. People type the
// built-ins many ways ("NT AUTHORITY\NETWORK SERVICE", "network service"), so
// those spellings are read as the one name the engine and the store use.

export const BUILT_IN_IDENTITIES = [
  "NetworkService",
  "LocalSystem",
  "LocalService",
  "ApplicationPoolIdentity",
] as const;
export type BuiltInIdentity = (typeof BUILT_IN_IDENTITIES)[number];

const ALIASES: Record<string, BuiltInIdentity> = {
  networkservice: "NetworkService",
  "network service": "NetworkService",
  "nt authority\\network service": "NetworkService",
  "nt authority\\networkservice": "NetworkService",
  localsystem: "LocalSystem",
  "local system": "LocalSystem",
  "nt authority\\system": "LocalSystem",
  localservice: "LocalService",
  "local service": "LocalService",
  "nt authority\\local service": "LocalService",
  "nt authority\\localservice": "LocalService",
  applicationpoolidentity: "ApplicationPoolIdentity",
};

export type ParsedIdentity =
  { ok: true; identity: string; builtIn: BuiltInIdentity | null } | { ok: false; message: string };

export function isBuiltIn(identity: string): identity is BuiltInIdentity {
  return (BUILT_IN_IDENTITIES as readonly string[]).includes(identity);
}

/** The identity as stored, or what is wrong with what was typed. */
export function parseIdentity(service: ServiceKey, typed: string): ParsedIdentity {
  const value = typed.trim();
  const lowered = value.toLowerCase();
  const appPool = SERVICES[service].host.kind === "app-pool";
  const poolIdentity = lowered.startsWith("iis apppool\\") ? "ApplicationPoolIdentity" : null;
  const builtIn = ALIASES[lowered] ?? poolIdentity;

  if (builtIn === "ApplicationPoolIdentity" && !appPool) {
    return { ok: false, message: "ApplicationPoolIdentity exists only for IIS application pools (R27)." };
  }
  if (builtIn) return { ok: true, identity: builtIn, builtIn };
  if (value === "") return { ok: false, message: "Enter the new identity." };
  if (!isLogonName(value)) {
    return {
      ok: false,
      message:
        "Use NetworkService, LocalSystem, LocalService" +
        (appPool ? ", ApplicationPoolIdentity" : "") +
        " or a domain account written DOMAIN\\account (R27).",
    };
  }

  return { ok: true, identity: value, builtIn: null };
}

/** A domain account can be placed in AD groups; a built-in identity cannot. */
export function isDomainAccount(identity: string) {
  return !isBuiltIn(identity) && isLogonName(identity);
}

export function sameAccount(a: string, b: string) {
  return a.toLowerCase() === b.toLowerCase();
}

/** How the identity reads for people. */
export function identityLabel(identity: string) {
  switch (identity) {
    case "NetworkService":
      return "Network Service";
    case "LocalSystem":
      return "Local System";
    case "LocalService":
      return "Local Service";
    case "ApplicationPoolIdentity":
      return "Application pool identity";
    default:
      return identity;
  }
}
