"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { MovePreview } from "@/components/directory/move-form";
import { bulkUserRole } from "@/lib/data/directory/bulk-user-roles";
import { createUser } from "@/lib/data/directory/create-user";
import { applyUserImport, previewUserImport } from "@/lib/data/directory/import-users";
import { moveToBusinessUnit, previewMove } from "@/lib/data/directory/move";
import { setUserDisabled, updateUser } from "@/lib/data/directory/update-user";
import { assignUserRole, removeUserRole } from "@/lib/data/directory/user-roles";
import { type ActionResult, toFailure } from "@/lib/data/mutation";

type Previous = ActionResult<unknown> | null;

function done<T>(result: ActionResult<T>, message: string, path = "/users") {
  if (!result.ok) return result;
  revalidatePath(path, "layout");

  return { ...result, message };
}

export async function createUserAction(_previous: Previous, form: FormData) {
  const result = await createUser(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/users");
  redirect(`/users/${result.data.id}?created=1`);
}

export async function updateUserAction(_previous: Previous, form: FormData) {
  return done(await updateUser(Object.fromEntries(form)), "Saved.");
}

export async function setUserDisabledAction(_previous: Previous, form: FormData) {
  const disabled = form.get("disabled") === "true";

  return done(await setUserDisabled(Object.fromEntries(form)), disabled ? "User disabled." : "User enabled.");
}

export async function assignUserRoleAction(_previous: Previous, form: FormData) {
  return done(await assignUserRole(Object.fromEntries(form)), "Role assigned.");
}

export async function removeUserRoleAction(_previous: Previous, form: FormData) {
  return done(await removeUserRole(Object.fromEntries(form)), "Role removed.");
}

export async function previewUserMoveAction(input: {
  id: string;
  businessUnitId: string;
}): Promise<MovePreview> {
  try {
    return { ok: true, ...(await previewMove("user", input)) };
  } catch (error) {
    return toFailure(error);
  }
}

export async function moveUserAction(_previous: Previous, form: FormData) {
  const result = await moveToBusinessUnit("user", Object.fromEntries(form));
  if (!result.ok) return result;

  return done(result, `Moved to ${result.data.to}.`);
}

export async function bulkUserRoleAction(_previous: Previous, form: FormData) {
  const result = await bulkUserRole({
    userIds: form.getAll("userIds"),
    roleId: form.get("roleId"),
    mode: form.get("mode"),
  });
  if (!result.ok) return result;
  const { changed, unchanged, role } = result.data;
  const verb = form.get("mode") === "assign" ? "Assigned" : "Removed";
  const skipped = unchanged > 0 ? ` (${unchanged} unchanged)` : "";

  return done(
    result,
    `${verb} ${role} ${verb === "Assigned" ? "to" : "from"} ${changed} user${changed === 1 ? "" : "s"}${skipped}.`,
  );
}

export async function previewUserImportAction(csv: string) {
  return previewUserImport({ csv });
}

export async function applyUserImportAction(csv: string) {
  return done(await applyUserImport({ csv }), "Imported.");
}
