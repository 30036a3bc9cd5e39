import { apiActor } from "@/lib/api/actor";
import { errorResponse } from "@/lib/api/respond";
import { csvFileName, toCsv } from "@/lib/access/csv";
import { loadWhoCan, WHO_CAN_CSV_HEADER, whoCanCsvRows, whoCanParamsSchema } from "@/lib/data/access/who-can";

// The who-can answer as CSV (RFC 4180, formula cells guarded): every row, not one page.
export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const filters = whoCanParamsSchema.parse(Object.fromEntries(url.searchParams));
    const answer = await loadWhoCan(filters, await apiActor(request));
    const body = toCsv(WHO_CAN_CSV_HEADER, whoCanCsvRows(answer.rows));

    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${csvFileName("who-can", answer.stamp.producedAt)}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
