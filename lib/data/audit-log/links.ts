// Every object page links to its own history with this, so the audit log's
// URL format lives in one place.

export type AuditTargetType =
  | "user"
  | "team"
  | "security-role"
  | "business-unit"
  | "service-account"
  | "directory-group"
  | "plugin-step"
  | "saved-check"
  | "api-token"
  | "organization"
  | "console-account";

export function auditHistoryHref(targetType: AuditTargetType | string, targetId: string) {
  const params = new URLSearchParams({ targetType, targetId });

  return `/audit?${params.toString()}`;
}
