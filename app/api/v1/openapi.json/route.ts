// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the controller API, generated from the same
// zod schemas the routes use (lib/api/openapi/document.ts). Public: it describes, it reveals nothing.
import { openApiDocument } from "@/lib/api/openapi/document";
import { env } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(openApiDocument(env().APP_URL), {
    headers: { "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
}
