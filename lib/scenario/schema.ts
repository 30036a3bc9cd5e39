import { z } from "zod";

import { checkSchema } from "./check-schema";
import { organizationSchema } from "./organization-schema";

// One file shape for seeding, export/import, the simulator and regression tests
// (SCENARIOS.md). JSON is canonical; YAML of the same shape is accepted.

export * from "./schema-primitives";
export * from "./organization-schema";
export * from "./check-schema";

export const scenarioFileSchema = z.strictObject({
  organization: organizationSchema,
  checks: z.array(checkSchema).optional(),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
