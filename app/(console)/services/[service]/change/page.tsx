import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangePreview } from "@/components/services/change-preview";
import { ConfirmChangeForm } from "@/components/services/confirm-change-form";
import { PreviewForm } from "@/components/services/preview-form";
import { Card } from "@/components/ui/card";
import { inTextLinkClass } from "@/components/ui/text-link";
import { PageHeader } from "@/components/ui/page-header";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { SERVICES } from "@/lib/data/services/catalog";
import { identityLabel } from "@/lib/data/services/identity";
import { getServiceAccount, previewIdentityChange } from "@/lib/data/services/services";
import { firstParam, type SearchParams } from "@/lib/ui/list-params";

type Props = { params: Promise<{ service: string }>; searchParams: Promise<SearchParams> };

const LINK = "text-brand-600 hover:underline";

export const metadata: Metadata = { title: "Change service identity" };

export default async function ChangeIdentityPage({ params, searchParams }: Props) {
  const { service } = await params;
  const query = await searchParams;
  const actor = await requirePermission("service-account.read");
  const row = await getServiceAccount(service, actor);
  if (!row) notFound();

  const info = SERVICES[row.service];
  const title = `Change the identity of ${info.title} (${row.service})`;
  // Auditors see no change controls at all; the server refuses them anyway.
  if (!actorMay(actor, "service-account.write")) {
    return (
      <>
        <PageHeader title={title} />
        <p className="text-sm text-slate-700">
          Your console role reads service accounts but does not change them.
        </p>
      </>
    );
  }

  const identity = firstParam(query, "identity");
  const addMissing = firstParam(query, "addMissing") === "on";
  const preview = identity
    ? await previewIdentityChange({ service: row.service, identity, addMissing }, actor)
    : null;
  const plan = preview?.ok ? preview.plan : null;
  const runbookQuery = plan ? new URLSearchParams({ identity: plan.to }).toString() : "";

  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            Runs as <span className="font-mono">{identityLabel(row.identity)}</span> now. Preview what the new
            identity means for the groups it needs and for the registered plug-in steps before confirming.{" "}
            <Link href={`/services/${row.service}`} className={inTextLinkClass}>
              Back to the service
            </Link>
          </>
        }
      />
      <Card title="1. New identity" className="mb-6">
        <PreviewForm
          identity={identity ?? ""}
          addMissing={addMissing}
          error={preview && !preview.ok ? preview.fieldErrors.identity : undefined}
          appPool={info.host.kind === "app-pool"}
        />
      </Card>
      {plan && plan.to === row.identity && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {row.service} already runs as {row.identity}: there is nothing to change.
        </p>
      )}
      {plan && plan.to !== row.identity && (
        <div className="space-y-6">
          <h2 className="text-lg font-semibold text-slate-900">2. Preview</h2>
          <ChangePreview plan={plan} servers={row.servers} />
          <Card title="3. Confirm">
            <p className="mb-4 text-sm text-slate-600">
              The script for the servers can be read before confirming:{" "}
              <a href={`/services/${row.service}/runbook?${runbookQuery}`} className={LINK}>
                download the planned runbook (.ps1)
              </a>
              .
            </p>
            <ConfirmChangeForm
              service={row.service}
              identity={plan.to}
              addMissing={plan.addMissing}
              version={row.version}
              missing={plan.missing}
            />
          </Card>
        </div>
      )}
    </>
  );
}
