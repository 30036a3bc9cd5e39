import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/shell/auth-card";
import { currentActor } from "@/lib/auth/actor";
import { setupIsOpen } from "@/lib/data/accounts/setup";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await setupIsOpen()) redirect("/setup");
  if (await currentActor()) redirect("/");

  return (
    <AuthCard title="Sign in" intro="Use the console account your administrator gave you.">
      <SignInForm />
    </AuthCard>
  );
}
