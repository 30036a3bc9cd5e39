import { z } from "zod";

import { ISOLATIONS, MODES, pluginOperationSchema, STAGES } from "./check-schema";
import { nameSchema, oneOf } from "./schema-primitives";

// Registered plug-in steps, carried in a snapshot so that an export is a full
// backup of what the console holds (SCENARIOS.md leaves the organization open
// to this; the simulator itself reads steps from checks, not from here).
// Registration as R20 describes it; "Both" is a step deployed to the server
// and to the offline client.
export const DEPLOYMENTS = ["Server", "Offline", "Both"] as const;

export const registeredStepSchema = z
  .strictObject({
    name: nameSchema,
    assembly: z.string().optional(),
    typeName: z.string().optional(),
    message: nameSchema,
    table: nameSchema,
    stage: oneOf(STAGES).optional(),
    mode: oneOf(MODES).optional(),
    isolation: oneOf(ISOLATIONS).optional(),
    deployment: oneOf(DEPLOYMENTS).optional(),
    // Absent or null: "Calling User", the platform's default (R20, R21).
    runAs: z.union([nameSchema, z.null()]).optional(),
    operations: z.array(pluginOperationSchema).optional(),
  })
  .refine((step) => step.mode !== "Asynchronous" || (step.stage ?? "PostOperation") === "PostOperation", {
    path: ["stage"],
    message: "an asynchronous step runs in PostOperation only (R20)",
  });

export type RegisteredStep = z.infer<typeof registeredStepSchema>;
