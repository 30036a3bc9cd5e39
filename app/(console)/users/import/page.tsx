import type { Metadata } from "next";
import Link from "next/link";
import { UserImport } from "@/components/directory/user-import";
import { PageHeader } from "@/components/ui/page-header";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { CSV_COLUMNS } from "@/lib/data/directory/import-users";
import { applyUserImportAction, previewUserImportAction } from "../actions";

export const metadata: Metadata = { title: "Import users" };

export default async function ImportUsersPage() {
  const actor = await requirePermission("directory.read");
  if (!actorMay(actor, "user.write")) {
    return <PageHeader title="Not available" description="Only an administrator may make this change." />;
  }

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/users" className="text-brand-700 hover:underline">
          ← Users
        </Link>
      </p>
      <PageHeader
        title="Import users"
        description={
          <>
            A CSV file with the header{" "}
            <code className="rounded bg-slate-100 px-1">{CSV_COLUMNS.join(",")}</code>. Roles are separated by
            “;” and must belong to the user&apos;s business unit or one above it (R7). The whole file is
            imported, or nothing.
          </>
        }
      />
      <UserImport preview={previewUserImportAction} apply={applyUserImportAction} />
    </>
  );
}
