"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { MovePreview } from "@/components/directory/move-form";
import { moveToBusinessUnit, previewMove } from "@/lib/data/directory/move";
import { createTeam, deleteTeam, renameTeam } from "@/lib/data/directory/team-changes";
import { addTeamMember, removeTeamMember } from "@/lib/data/directory/team-members";
import { assignTeamRole, removeTeamRole } from "@/lib/data/directory/team-roles";
import { type ActionResult, toFailure } from "@/lib/data/mutation";

type Previous = ActionResult<unknown> | null;

function done<T>(result: ActionResult<T>, message: string) {
  if (!result.ok) return result;
  revalidatePath("/teams", "layout");
  revalidatePath("/users", "layout");

  return { ...result, message };
}

export async function createTeamAction(_previous: Previous, form: FormData) {
  const result = await createTeam(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/teams");
  redirect(`/teams/${result.data.id}`);
}

export async function renameTeamAction(_previous: Previous, form: FormData) {
  return done(await renameTeam(Object.fromEntries(form)), "Renamed.");
}

export async function deleteTeamAction(_previous: Previous, form: FormData) {
  const result = await deleteTeam(Object.fromEntries(form));
  if (!result.ok) return result;

  revalidatePath("/teams", "layout");
  redirect("/teams?deleted=1");
}

export async function addTeamMemberAction(_previous: Previous, form: FormData) {
  return done(await addTeamMember(Object.fromEntries(form)), "Member added.");
}

export async function removeTeamMemberAction(_previous: Previous, form: FormData) {
  return done(await removeTeamMember(Object.fromEntries(form)), "Member removed.");
}

export async function assignTeamRoleAction(_previous: Previous, form: FormData) {
  return done(await assignTeamRole(Object.fromEntries(form)), "Role assigned.");
}

export async function removeTeamRoleAction(_previous: Previous, form: FormData) {
  return done(await removeTeamRole(Object.fromEntries(form)), "Role removed.");
}

export async function previewTeamMoveAction(input: {
  id: string;
  businessUnitId: string;
}): Promise<MovePreview> {
  try {
    return { ok: true, ...(await previewMove("team", input)) };
  } catch (error) {
    return toFailure(error);
  }
}

export async function moveTeamAction(_previous: Previous, form: FormData) {
  const result = await moveToBusinessUnit("team", Object.fromEntries(form));
  if (!result.ok) return result;

  return done(result, `Moved to ${result.data.to}.`);
}
