import type { Metadata } from "next";
import Link from "next/link";
import { RoleImport } from "@/components/directory/role-import";
import { PageHeader } from "@/components/ui/page-header";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { directoryOptions } from "@/lib/data/directory/get-user";
import { applyRoleImportAction, previewRoleImportAction } from "../actions";

export const metadata: Metadata = { title: "Import security roles" };

export default async function ImportRolesPage() {
  const actor = await requirePermission("directory.read");
  if (!actorMay(actor, "role.write")) {
    return <PageHeader title="Not available" description="Only an administrator may make this change." />;
  }
  const options = await directoryOptions();

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/roles" className="text-brand-700 hover:underline">
          ← Security roles
        </Link>
      </p>
      <PageHeader
        title="Import security roles"
        description="A SolutionPackager role file (Roles/<name>.xml) or a customizations.xml. A role with the same name in the chosen business unit is replaced: privileges the file leaves out are removed (R9: files omit None)."
      />
      <RoleImport units={options.units} preview={previewRoleImportAction} apply={applyRoleImportAction} />
    </>
  );
}
