"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  createBusinessUnit,
  deleteBusinessUnit,
  renameBusinessUnit,
  reparentBusinessUnit,
} from "@/lib/data/directory/business-unit-changes";
import type { ActionResult } from "@/lib/data/mutation";

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
  return done(await reparentBusinessUnit(Object.fromEntries(form)), "Moved.");
}

export async function deleteBusinessUnitAction(_previous: Previous, form: FormData) {
  const result = await deleteBusinessUnit(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/business-units", "layout");
  redirect("/business-units?deleted=1");
}
