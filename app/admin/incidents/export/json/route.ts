// GET /admin/incidents/export/json: the whole breach register as JSON (B5; breach.view, audited).
import { registerExportResponse } from "@/lib/incidents/register/export-response";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return registerExportResponse("json");
}
