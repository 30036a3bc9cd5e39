"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/data/mutation";
import { createStep, removeStep, updateStep } from "@/lib/data/plugins/steps";

// The form sends its operations as one JSON field: a list whose rows the
// person adds and removes in the browser.
function stepInput(form: FormData) {
  const { operations, id, version, ...fields } = Object.fromEntries(form) as Record<string, string>;
  let parsed: unknown = [];
  try {
    parsed = JSON.parse(operations || "[]");
  } catch {
    parsed = null;
  }

  return { ...fields, operations: parsed, ...(id ? { id, version } : {}) };
}

export async function saveStepAction(_previous: ActionResult<unknown> | null, form: FormData) {
  const input = stepInput(form);
  const result = "id" in input ? await updateStep(input) : await createStep(input);
  if (!result.ok) return result;

  revalidatePath("/plugin-steps");
  revalidatePath("/simulator");
  redirect(`/plugin-steps?saved=${encodeURIComponent(result.data.name)}`);
}

export async function removeStepAction(_previous: ActionResult<unknown> | null, form: FormData) {
  const result = await removeStep(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/plugin-steps");
  redirect(`/plugin-steps?removed=${encodeURIComponent(String(form.get("name") ?? ""))}`);
}
