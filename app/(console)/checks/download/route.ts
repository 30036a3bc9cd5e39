import { errorResponse } from "@/lib/api/respond";
import { scenarioFileOfSavedChecks } from "@/lib/data/checks/saved-checks";

// Every saved check as one scenario file's `checks`, to keep in version control.
export async function GET() {
  try {
    const file = await scenarioFileOfSavedChecks();
    return new Response(JSON.stringify(file, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": 'attachment; filename="saved-checks.json"',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
