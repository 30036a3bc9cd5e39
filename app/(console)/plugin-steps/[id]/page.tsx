import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryLink } from "@/components/audit/history-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { stepFormChoices } from "@/lib/data/plugins/choices";
import { getStep } from "@/lib/data/plugins/steps";
import { StepForm } from "../step-form";
import { RemoveStepForm } from "./remove-step-form";

export const metadata: Metadata = { title: "Edit plug-in step" };

export default async function EditStepPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("plugin-step.write");
  const { id } = await params;
  const [step, choices] = await Promise.all([getStep(id, actor), stepFormChoices(actor)]);
  if (!step) notFound();

  return (
    <>
      <PageHeader
        actions={<HistoryLink targetType="plugin-step" targetId={step.id} />}
        title={`Edit ${step.name}`}
        description={`${step.message} on ${step.table}, version ${step.version}.`}
      />
      <Card>
        <StepForm step={step} tables={choices.tables} teams={choices.teams} />
      </Card>
      <Card title="Remove this step" className="mt-6">
        <RemoveStepForm id={step.id} version={step.version} name={step.name} />
      </Card>
    </>
  );
}
