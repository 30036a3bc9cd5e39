import { describe, expect, it } from "vitest";
import { describeFieldChange, diffJson } from "@/lib/access/json-diff";

describe("a readable difference of an audit event", () => {
  it.each([
    ["a changed field", { disabled: false }, { disabled: true }, ["disabled: false → true"]],
    ["items added and removed", { members: ["a", "b"] }, { members: ["b", "c"] }, ["members: + c, - a"]],
    ["a field added", { name: "x" }, { name: "x", fullName: "X" }, ["fullName: added X"]],
    ["a field removed", { name: "x", fullName: "X" }, { name: "x" }, ["fullName: removed X"]],
    [
      "a nested map",
      { privileges: { prvReadAccount: "Basic" } },
      { privileges: { prvReadAccount: "Global" } },
      ["privileges.prvReadAccount: Basic → Global"],
    ],
    ["a created target", null, { name: "x" }, ["name: added x"]],
    ["a deleted target", { name: "x" }, null, ["name: removed x"]],
    ["nothing changed", { roles: ["a", "b"] }, { roles: ["b", "a"] }, []],
  ])("%s", (_what, before, after, expected) => {
    expect(diffJson(before, after).map(describeFieldChange)).toEqual(expected);
  });
});
