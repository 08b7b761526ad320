// GET /portal/<org>/breach-notifications/<notificationId>/evidence.pdf: the organisation's evidence pack (B8) as
// PDF. lib/incidents/evidence authorises (org.breaches.view, the notification's own organisation) and
// audits the download; anything the caller may not know is a bare 404 (S12).
import { downloadOwnEvidence } from "@/lib/incidents/evidence/download";
import { evidenceResponse } from "@/lib/incidents/evidence/evidence-response";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ org: string; id: string }> },
): Promise<Response> {
  const { org, id } = await params;
  return evidenceResponse(() => downloadOwnEvidence(org, id, "pdf"));
}
