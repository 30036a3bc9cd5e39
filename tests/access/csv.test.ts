import { describe, expect, it } from "vitest";
import { csvCell, parseCsv, toCsv } from "@/lib/access/csv";

describe("CSV export (RFC 4180, formula injection guarded)", () => {
  it.each([
    ["plain text", "CONTOSO\\ana", "CONTOSO\\ana"],
    ["a comma", "Vance, Adele", '"Vance, Adele"'],
    ["a quote", 'the "big" one', '"the ""big"" one"'],
    ["a line break", "one\ntwo", '"one\ntwo"'],
    ["a formula", '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["a plus", "+1", "'+1"],
    ["a minus", "-2", "'-2"],
    ["an at sign", "@SUM(A1)", "'@SUM(A1)"],
    ["a tab before a formula", "\t=1", "'\t=1"],
    ["nothing", null, ""],
    ["a number", 42, "42"],
  ])("a cell with %s", (_what, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("parses back to the same rows, header first, with CRLF line ends", () => {
    const rows = [
      ["CONTOSO\\a", "Vance, Adele", "IT", "Global", 'role "System Administrator"\nsecond line'],
      ["CONTOSO\\b", "=cmd", "", "Basic", ""],
    ];

    const text = toCsv(["logon", "full name", "business unit", "level", "sources"], rows);

    expect(text.endsWith("\r\n")).toBe(true);
    expect(parseCsv(text)).toEqual([
      ["logon", "full name", "business unit", "level", "sources"],
      rows[0],
      ["CONTOSO\\b", "'=cmd", "", "Basic", ""],
    ]);
  });
});
