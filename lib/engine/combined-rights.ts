import type { TableRight } from "../scenario/schema";

// R14: the rights an action needs together. Share needs Share and Read; Assign
// needs Assign, Write and Read; Append and AppendTo each also need Read.
const NEEDED: Record<TableRight, readonly TableRight[]> = {
  Create: ["Create"],
  Read: ["Read"],
  Write: ["Write"],
  Delete: ["Delete"],
  Append: ["Append", "Read"],
  AppendTo: ["AppendTo", "Read"],
  Assign: ["Assign", "Write", "Read"],
  Share: ["Share", "Read"],
};

export function rightsNeeded(action: TableRight): readonly TableRight[] {
  return NEEDED[action];
}
