import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { stepFormChoices } from "@/lib/data/plugins/choices";
import { StepForm } from "../step-form";

export const metadata: Metadata = { title: "Register a plug-in step" };

export default async function NewStepPage() {
  const actor = await requirePermission("plugin-step.write");
  const { tables, teams } = await stepFormChoices(actor);

  return (
    <>
      <PageHeader
        title="Register a plug-in step"
        description="As the Plug-in Registration Tool would. The console refuses what the platform refuses, such as an asynchronous step outside PostOperation (R20)."
      />
      <Card>
        <StepForm tables={tables} teams={teams} />
      </Card>
    </>
  );
}
