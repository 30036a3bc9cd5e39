import type { Metadata } from "next";
import { CreateUserForm } from "@/components/directory/user-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { actorMay, requirePermission } from "@/lib/auth/actor";
import { directoryOptions } from "@/lib/data/directory/get-user";
import { createUserAction } from "../actions";

export const metadata: Metadata = { title: "New user" };

export default async function NewUserPage() {
  const actor = await requirePermission("directory.read");
  if (!actorMay(actor, "user.write")) {
    return <PageHeader title="Not available" description="Only an administrator may make this change." />;
  }
  const options = await directoryOptions();

  return (
    <>
      <PageHeader
        title="New user"
        description="Add a user to a business unit. Assign security roles on the user's page."
      />
      <Card>
        <CreateUserForm action={createUserAction} units={options.units} />
      </Card>
    </>
  );
}
