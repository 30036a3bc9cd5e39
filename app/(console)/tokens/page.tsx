import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/actor";
import { listTokens } from "@/lib/data/tokens/tokens";
import { CreateTokenForm } from "./create-token-form";
import { RowActionButton } from "@/components/ui/row-action-button";
import { revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

const when = (date: Date | null) => date?.toISOString().slice(0, 16).replace("T", " ") ?? "never";

export default async function TokensPage() {
  const actor = await requirePermission("token.read");
  const tokens = await listTokens(actor);

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Bearer tokens for the HTTP API under /api/v1 (described at /api/v1/openapi.json). A token acts as the account that made it: a read token asks and simulates, a write token may also register plug-in steps, and neither can manage accounts or tokens. Administrators see and may revoke every token."
      />
      <Table caption="API tokens">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Prefix</Th>
            <Th>Account</Th>
            <Th>Scope</Th>
            <Th>Created</Th>
            <Th>Last used</Th>
            <Th>State</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.length === 0 && <EmptyRow colSpan={8}>No tokens yet.</EmptyRow>}
          {tokens.map((token) => (
            <tr key={token.id}>
              <Td className="font-medium">{token.name}</Td>
              <Td className="font-mono text-xs">{token.prefix}…</Td>
              <Td>{token.account.username}</Td>
              <Td>
                <Badge tone={token.scope === "write" ? "info" : "neutral"}>{token.scope}</Badge>
              </Td>
              <Td className="text-xs">{when(token.createdAt)}</Td>
              <Td className="text-xs">{when(token.lastUsedAt)}</Td>
              <Td>
                {token.revokedAt ? <Badge tone="bad">Revoked</Badge> : <Badge tone="good">Active</Badge>}
              </Td>
              <Td className="text-right">
                {!token.revokedAt && (
                  <RowActionButton
                    action={revokeTokenAction}
                    hidden={{ id: token.id }}
                    label="Revoke"
                    target={token.name}
                  />
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Card title="New token" className="mt-6">
        <CreateTokenForm username={actor.username} />
      </Card>
    </>
  );
}
