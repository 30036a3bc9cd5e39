"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  createBusinessUnit,
  deleteBusinessUnit,
  renameBusinessUnit,
} from "@/lib/data/directory/business-unit-changes";
import { previewReparent, reparentBusinessUnit } from "@/lib/data/directory/reparent-unit";
import type { MovePreview } from "@/components/directory/move-form";
import { type ActionResult, toFailure } from "@/lib/data/mutation";

type Previous = ActionResult<unknown> | null;

function done<T>(result: ActionResult<T>, message: string) {
  if (!result.ok) return result;
  revalidatePath("/business-units", "layout");

  return { ...result, message };
}

export async function createBusinessUnitAction(_previous: Previous, form: FormData) {
  const result = await createBusinessUnit(Object.fromEntries(form));

  return done(result, result.ok ? `Business unit ${result.data.name} created.` : "");
}

export async function renameBusinessUnitAction(_previous: Previous, form: FormData) {
  return done(await renameBusinessUnit(Object.fromEntries(form)), "Renamed.");
}

export async function reparentBusinessUnitAction(_previous: Previous, form: FormData) {
  const result = await reparentBusinessUnit(Object.fromEntries(form));
  if (!result.ok) return result;
  const removed = result.data.removed.length;

  return done(
    result,
    `Moved under ${result.data.to}.` +
      (removed > 0 ? ` Removed ${removed} role assignment${removed === 1 ? "" : "s"} (R7).` : ""),
  );
}

/** The review before a re-parent: which role assignments it removes (R7). */
export async function previewReparentAction(input: {
  id: string;
  businessUnitId: string;
}): Promise<MovePreview> {
  try {
    return { ok: true, ...(await previewReparent(input)) };
  } catch (error) {
    return toFailure(error);
  }
}

export async function deleteBusinessUnitAction(_previous: Previous, form: FormData) {
  const result = await deleteBusinessUnit(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/business-units", "layout");
  redirect("/business-units?deleted=1");
}
