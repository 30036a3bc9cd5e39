import { currentActor } from "@/lib/auth/actor";
import { errorResponse, failureResponse } from "@/lib/api/respond";
import { isServiceKey } from "@/lib/data/services/catalog";
import { parseIdentity } from "@/lib/data/services/identity";
import { getIdentityChange, getServiceAccount } from "@/lib/data/services/services";
import { identityChangeRunbook, runbookFileName } from "@/lib/runbook/identity-change";

// The runbook of a recorded change (?change=id) or of a planned one
// (?identity=...), as a .ps1 download. It holds no secret: the script asks for
// the password when it runs.

type Context = { params: Promise<{ service: string }> };

export async function GET(request: Request, { params }: Context) {
  try {
    const { service } = await params;
    const url = new URL(request.url);
    const actor = await currentActor();
    const row = await getServiceAccount(service, actor);
    if (!row || !isServiceKey(service)) {
      return failureResponse({ ok: false, code: "NOT_FOUND", message: "No such service." });
    }

    const plan = await planned(service, url, row.identity, actor);
    if (!plan.ok) return failureResponse({ ok: false, code: plan.code, message: plan.message });

    const now = new Date();
    const script = identityChangeRunbook({
      service,
      ...plan.change,
      servers: row.servers,
      generatedBy: actor!.username,
      generatedAt: now,
    });

    // Windows PowerShell 5.1 reads a file without a byte order mark as ANSI;
    // the mark keeps non-ASCII account names intact.
    return new Response(`\uFEFF${script}`, {
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Disposition": `attachment; filename="${runbookFileName(service, now)}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

async function planned(
  service: Parameters<typeof parseIdentity>[0],
  url: URL,
  current: string,
  actor: Awaited<ReturnType<typeof currentActor>>,
) {
  const changeId = url.searchParams.get("change");
  if (changeId) {
    const change = await getIdentityChange(service, changeId, actor);
    if (!change) {
      return { ok: false as const, code: "NOT_FOUND", message: "No such change for this service." };
    }
    return { ok: true as const, change: { from: change.fromIdentity, to: change.toIdentity } };
  }

  const parsed = parseIdentity(service, url.searchParams.get("identity") ?? "");
  if (!parsed.ok) return { ok: false as const, code: "VALIDATION", message: parsed.message };

  return { ok: true as const, change: { from: current, to: parsed.identity } };
}
