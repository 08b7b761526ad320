// GET /admin/incidents/<incidentId>/evidence/<organizationId>.json|.pdf: staff (breach.view) download
// any affected organisation's evidence pack (B8), audited in the provider's and the organisation's chain.
import { downloadEvidenceAsStaff } from "@/lib/incidents/evidence/download";
import { evidenceFormatOf, evidenceResponse } from "@/lib/incidents/evidence/evidence-response";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; file: string }> },
): Promise<Response> {
  const { id, file } = await params;
  const match = /^([a-z0-9]{1,64})\.(json|pdf)$/i.exec(file);
  const format = match ? evidenceFormatOf(match[2]!) : null;
  return evidenceResponse(async () => {
    if (!match || !format) throw new NotFoundError();
    return downloadEvidenceAsStaff(id, match[1]!, format);
  });
}
