// GET /admin/incidents/export/csv: the whole breach register as CSV (B5; breach.view, audited).
import { registerExportResponse } from "@/lib/incidents/register/export-response";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return registerExportResponse("csv");
}
