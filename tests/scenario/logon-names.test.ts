import { describe, expect, it } from "vitest";
import { isLogonName } from "@/lib/scenario/schema-primitives";

// R2: a logon is DOMAIN\name. The account part allows what Active Directory
// allows, a plain space between characters included; never a control
// character, which would otherwise reach the database (a NUL is refused there).
describe("logon names (R2)", () => {
  it.each([
    ["CONTOSO\\ana", true],
    ["CONTOSO\\svc-crm", true],
    ["CONTOSO\\HOST$", true],
    ["CONTOSO\\John Smith", true],
    ["CONTOSO\\é.martin", true],
    ["CONTOSO\\a\tb", false],
    ["CONTOSO\\a\u0000b", false],
    ["CONTOSO\\a\nb", false],
    ["CONTOSO\\ ana", false],
    ["CONTOSO\\ana ", false],
    ["CONTOSO\\a\\b", false],
    ["ana", false],
    ["\\ana", false],
  ])("%j is a logon name: %s", (value, expected) => {
    expect(isLogonName(value)).toBe(expected);
  });
});
