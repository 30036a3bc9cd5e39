import { openApiDocument } from "@/lib/api/openapi";

// Public: it describes the API, and holds nothing of the organization.
export function GET() {
  return Response.json(openApiDocument);
}
