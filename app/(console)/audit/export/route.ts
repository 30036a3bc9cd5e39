import { apiActor } from "@/lib/api/actor";
import { errorResponse } from "@/lib/api/respond";
import { csvFileName } from "@/lib/access/csv";
import { auditCsv } from "@/lib/data/audit-log/csv";
import { auditFiltersOf, exportAuditEvents } from "@/lib/data/audit-log/list";

// The filtered audit log as CSV (RFC 4180, formula cells guarded), newest first;
// a filter matching more than one export holds is refused with a message.
export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const filters = auditFiltersOf(Object.fromEntries(url.searchParams));
    const events = await exportAuditEvents(filters, await apiActor(request));

    return new Response(auditCsv(events), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${csvFileName("audit-log", new Date())}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
