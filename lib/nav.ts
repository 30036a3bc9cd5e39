import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; permission: Permission; section: string };

// Only areas that work have an entry; each is shown to those who may read it.
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", permission: "organization.read", section: "Console" },
  { href: "/audit", label: "Audit log", permission: "audit.read", section: "Audit" },
  { href: "/accounts", label: "Console accounts", permission: "account.read", section: "Settings" },
];
