import type { Metadata } from "next";
import { NotPermitted } from "@/components/shell/not-permitted";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RowActionButton } from "@/components/ui/row-action-button";
import { Table, Td, Th } from "@/components/ui/table";
import { pageAccess } from "@/lib/auth/page-access";
import { listAccounts } from "@/lib/data/accounts/accounts";
import { setAccountDisabledAction } from "./actions";
import { CreateAccountForm } from "./create-account-form";

export const metadata: Metadata = { title: "Console accounts" };

export default async function AccountsPage() {
  if (!(await pageAccess("account.read")).allowed) return <NotPermitted />;
  const accounts = await listAccounts();

  return (
    <>
      <PageHeader
        title="Console accounts"
        description="People who may sign in to this console. Admins change the organization; Auditors read everything and change nothing."
      />
      <Table caption="Console accounts">
        <thead>
          <tr>
            <Th>Username</Th>
            <Th>Display name</Th>
            <Th>Role</Th>
            <Th>State</Th>
            <Th>Last sign-in</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {accounts.map((account) => (
            <tr key={account.id}>
              <Td className="font-medium">{account.username}</Td>
              <Td>{account.displayName}</Td>
              <Td>
                <Badge tone={account.role === "Admin" ? "info" : "neutral"}>{account.role}</Badge>
              </Td>
              <Td>
                {account.disabled ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Active</Badge>}
              </Td>
              <Td>{account.lastSignInAt?.toISOString().slice(0, 16).replace("T", " ") ?? "never"}</Td>
              <Td className="text-right">
                <RowActionButton
                  action={setAccountDisabledAction}
                  hidden={{
                    accountId: account.id,
                    version: account.version,
                    disabled: account.disabled ? "false" : "true",
                  }}
                  label={account.disabled ? "Enable" : "Disable"}
                  target={account.username}
                  tone="link"
                />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Card title="New account" className="mt-6">
        <CreateAccountForm />
      </Card>
    </>
  );
}
