"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { signInAction } from "./actions";

export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, null);

  return (
    <form action={action} className="space-y-4" aria-describedby="sign-in-message">
      <InputField id="username" label="Username" autoComplete="username" required autoFocus />
      <InputField id="password" label="Password" type="password" autoComplete="current-password" required />
      <div id="sign-in-message">
        <FormMessage state={state} />
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
