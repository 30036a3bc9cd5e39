import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { actorMay } from "@/lib/auth/actor";
import { pageAccess } from "@/lib/auth/page-access";
import { loadOrganizationSettings } from "@/lib/data/organization/settings";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Organization settings" };

export default async function SettingsPage() {
  const { actor } = await pageAccess("organization.read");
  const settings = await loadOrganizationSettings();

  return (
    <>
      <PageHeader
        title="Organization settings"
        description="Settings of the Dynamics 365 organization that change what security changes do."
      />
      <Card>
        <SettingsForm settings={settings} canEdit={actorMay(actor, "organization.write")} />
      </Card>
    </>
  );
}
