"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { copyRole } from "@/lib/data/directory/copy-role";
import { applyRoleImport, previewRoleImport } from "@/lib/data/directory/import-roles";
import { saveRolePrivileges } from "@/lib/data/directory/save-role";
import type { ActionResult } from "@/lib/data/mutation";

export async function saveRoleAction(input: unknown) {
  const result = await saveRolePrivileges(input);
  if (result.ok) revalidatePath("/roles", "layout");

  return result;
}

export async function copyRoleAction(_previous: ActionResult<unknown> | null, form: FormData) {
  const result = await copyRole(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/roles", "layout");
  redirect(`/roles/${result.data.id}?copied=1`);
}

export async function previewRoleImportAction(input: unknown) {
  return previewRoleImport(input);
}

export async function applyRoleImportAction(input: unknown) {
  const result = await applyRoleImport(input);
  if (result.ok) revalidatePath("/roles", "layout");

  return result;
}
