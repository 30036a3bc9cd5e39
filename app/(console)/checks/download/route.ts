import { errorResponse } from "@/lib/api/respond";
import { scenarioFileOfSavedChecks } from "@/lib/data/checks/scenario-file";

// Every saved check with the organization as stored now: one complete scenario
// file, to keep in version control and run with `npm run --silent simulate`.
export async function GET() {
  try {
    const file = await scenarioFileOfSavedChecks();
    return new Response(JSON.stringify(file, null, 2) + "\n", {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": 'attachment; filename="saved-checks.json"',
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
