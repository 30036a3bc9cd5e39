"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";

export type SignInState = { ok: boolean; message?: string } | null;

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  try {
    await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirectTo: "/",
    });

    return null;
  } catch (error) {
    // A successful sign-in "throws" Next's redirect: let it through.
    if (error instanceof AuthError) {
      return { ok: false, message: "Wrong username or password, or the account is disabled." };
    }
    throw error;
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
