import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/shell/auth-card";
import { setupIsOpen } from "@/lib/data/accounts/setup";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "First-run setup" };

export default async function SetupPage() {
  // Once an account exists this page is gone for good.
  if (!(await setupIsOpen())) redirect("/sign-in");

  return (
    <AuthCard
      title="Create the first administrator"
      intro="The console has no accounts yet and none is built in. The account you create here can create the others."
    >
      <SetupForm />
    </AuthCard>
  );
}
