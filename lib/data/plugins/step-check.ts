import type { PluginCheck } from "@/lib/scenario/schema";

// A registered plug-in step, as stored, turned into the engine's plug-in check
// (SCENARIOS.md "Plug-in call") for one calling user and one client. Shared by
// the simulator, the "everyone at once" view, the service-identity change
// preview and the what-if view, so that all of them ask the engine the same
// question.

type Operation = NonNullable<PluginCheck["operations"]>[number];

export type StoredStep = {
  name: string;
  message: string;
  table: string;
  stage: string;
  mode: string;
  isolation: string;
  runAsLogon?: string | null;
  operations: { runAs: string; action: string; table: string; record?: unknown }[];
};

export function stepToCheck(
  step: StoredStep,
  caller: string,
  client: "Server" | "Offline" = "Server",
): PluginCheck {
  return {
    name: `${step.name} called by ${caller}${client === "Offline" ? " (offline)" : ""}`,
    caller,
    step: {
      message: step.message,
      table: step.table,
      stage: step.stage as PluginCheck["step"]["stage"],
      mode: step.mode as PluginCheck["step"]["mode"],
      isolation: step.isolation as PluginCheck["step"]["isolation"],
      ...(step.runAsLogon ? { runAs: step.runAsLogon } : {}),
      client,
    },
    operations: step.operations.map((op) => ({
      as: op.runAs,
      action: op.action as Operation["action"],
      table: op.table,
      ...(op.record ? { record: op.record as Operation["record"] } : {}),
    })),
  };
}

/** A step in the export's shape (`runAs`, operations with `as`) as stepToCheck reads it. */
export function storedStepOf(step: {
  name: string;
  message: string;
  table: string;
  stage: string;
  mode: string;
  isolation: string;
  runAs: string | null;
  operations: { as: string; action: string; table: string; record?: unknown }[];
}): StoredStep {
  const operations = step.operations.map((op) => ({ ...op, runAs: op.as }));

  return { ...step, runAsLogon: step.runAs, operations };
}
