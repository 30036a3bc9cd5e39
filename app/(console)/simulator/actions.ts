"use server";

import { revalidatePath } from "next/cache";
import { scenarioFileFor } from "@/lib/data/checks/scenario-file";
import { expectationOf, saveCheck } from "@/lib/data/checks/saved-checks";
import { type ActionResult, toFailure } from "@/lib/data/mutation";
import {
  searchUsers,
  type Simulation,
  simulateCheck,
  simulateStoredStep,
  type StepCall,
} from "@/lib/data/plugins/simulate";

/** At most 20 users for a picker; the organization may hold 100,000. */
export async function findUsersAction(text: string) {
  try {
    return await searchUsers(text);
  } catch {
    return [];
  }
}

function parsed(value: FormDataEntryValue | null) {
  try {
    return value ? JSON.parse(String(value)) : undefined;
  } catch {
    return null;
  }
}

export async function saveCheckAction(_previous: ActionResult<unknown> | null, form: FormData) {
  const source = parsed(form.get("source"));
  const result = await saveCheck({
    name: form.get("name"),
    check: parsed(form.get("check")) ?? null,
    ...(source ? { source } : {}),
  });
  if (!result.ok) return result;

  revalidatePath("/checks");
  return { ...result, message: `Kept as "${form.get("name")}". Re-run it on the Saved checks page.` };
}

export type SimulationState =
  | null
  | { ok: false; message: string; fieldErrors?: Record<string, string> }
  | {
      ok: true;
      result: import("@/lib/engine").CheckResult;
      check: import("@/lib/scenario/schema").Check;
      source?: { stepId: string; caller: string; client: "Server" | "Offline" };
      download: string;
    };

async function answer(run: () => Promise<Simulation>, source?: StepCall): Promise<SimulationState> {
  try {
    const simulation = await run();
    if (!simulation.ok) {
      const fieldErrors = Object.fromEntries(
        simulation.errors.map((e) => [e.path.replace(/^checks\[0\]\.?/, "") || "form", e.message]),
      );
      const message = "The question cannot be asked: " + simulation.errors[0].message;
      return { ok: false, message, fieldErrors };
    }

    const file = scenarioFileFor([expectationOf(simulation.check, simulation.result)]);
    const { result, check } = simulation;
    return { ok: true, result, check, source, download: JSON.stringify(file, null, 2) };
  } catch (error) {
    const failure = toFailure(error);
    return { ok: false, message: failure.message };
  }
}

export async function simulateStepAction(
  _previous: SimulationState,
  form: FormData,
): Promise<SimulationState> {
  const call = {
    stepId: String(form.get("stepId") ?? ""),
    caller: String(form.get("caller") ?? "").trim(),
    client: form.get("client") === "Offline" ? ("Offline" as const) : ("Server" as const),
  };
  if (!call.caller) {
    return { ok: false, message: "Choose the calling user.", fieldErrors: { caller: "Choose a user." } };
  }

  return answer(() => simulateStoredStep(call), call);
}

export async function simulateCheckAction(
  _previous: SimulationState,
  form: FormData,
): Promise<SimulationState> {
  let check: unknown;
  try {
    check = JSON.parse(String(form.get("check") ?? ""));
  } catch {
    return { ok: false, message: "The question could not be read." };
  }

  return answer(() => simulateCheck(check));
}
