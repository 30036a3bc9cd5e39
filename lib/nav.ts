import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; permission: Permission; section: string };

// Only areas that work have an entry; each is shown to those who may read it.
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", permission: "organization.read", section: "Console" },
  { href: "/users", label: "Users", permission: "directory.read", section: "Directory" },
  { href: "/business-units", label: "Business units", permission: "directory.read", section: "Directory" },
  { href: "/teams", label: "Teams", permission: "directory.read", section: "Directory" },
  { href: "/roles", label: "Security roles", permission: "directory.read", section: "Directory" },
  { href: "/plugin-steps", label: "Plug-in steps", permission: "plugin-step.read", section: "Simulation" },
  { href: "/simulator", label: "Simulator", permission: "simulation.run", section: "Simulation" },
  { href: "/checks", label: "Saved checks", permission: "simulation.run", section: "Simulation" },
  { href: "/access", label: "Effective access", permission: "organization.read", section: "Review" },
  { href: "/access/who-can", label: "Who can", permission: "organization.read", section: "Review" },
  { href: "/access/compare", label: "Compare", permission: "organization.read", section: "Review" },
  { href: "/access/what-if", label: "What if", permission: "organization.read", section: "Review" },
  { href: "/services", label: "Service accounts", permission: "service-account.read", section: "Deployment" },
  { href: "/groups", label: "AD groups", permission: "service-account.read", section: "Deployment" },
  { href: "/audit", label: "Audit log", permission: "audit.read", section: "Audit" },
  { href: "/settings", label: "Organization settings", permission: "organization.read", section: "Settings" },
  { href: "/accounts", label: "Console accounts", permission: "account.read", section: "Settings" },
  { href: "/tokens", label: "API tokens", permission: "token.read", section: "Settings" },
];
