"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/data/mutation";
import { addGroupMember, removeGroupMember } from "@/lib/data/services/groups";

function refresh(group: FormDataEntryValue | null) {
  revalidatePath(`/groups/${group}`);
  revalidatePath("/groups");
  revalidatePath("/services", "layout");
  revalidatePath("/");
}

export async function addMemberAction(_previous: ActionResult<unknown> | null, form: FormData) {
  const result = await addGroupMember(Object.fromEntries(form));
  if (!result.ok) return result;

  refresh(form.get("group"));
  return { ...result, message: `${result.data.account} added to ${result.data.group}.` };
}

export async function removeMemberAction(_previous: ActionResult<unknown> | null, form: FormData) {
  const result = await removeGroupMember(Object.fromEntries(form));
  if (!result.ok) return result;

  refresh(form.get("group"));
  return { ...result, message: `${result.data.account} removed from ${result.data.group}.` };
}
