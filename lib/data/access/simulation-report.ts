import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { simulateStepOn, type StepCall } from "@/lib/data/plugins/simulate";
import { getStep } from "@/lib/data/plugins/steps";
import { readAs } from "@/lib/data/read";
import { currentOrganization, evidenceStamp } from "./organization";

// The evidence report of one plug-in call: a registered step triggered by one
// user on one client, answered by the engine, with the stamp saying when, by
// whom and from which organization revision. The verdict and the stamp come
// from the same compiled organization, so the revision printed is the one
// the verdict was decided on.

export function loadSimulationReport(call: StepCall, actor?: Actor | null) {
  return readAs(
    "simulation.run",
    async (db, reader) => {
      const step = await getStep(call.stepId, reader);
      if (!step) return null;

      const { organization, revision } = await currentOrganization(db);
      const simulation = simulateStepOn(organization, step, call);
      const stamp = await evidenceStamp(db, reader, revision);

      return { step, call, simulation, stamp };
    },
    actor,
  );
}

export type SimulationReport = NonNullable<Awaited<ReturnType<typeof loadSimulationReport>>>;
