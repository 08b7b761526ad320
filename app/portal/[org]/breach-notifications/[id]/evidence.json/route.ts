// GET /portal/<org>/breach-notifications/<notificationId>/evidence.json: the organisation's evidence pack (B8) as
// JSON. lib/incidents/evidence authorises (org.breaches.view, the notification's own organisation) and
// audits the download; anything the caller may not know is a bare 404 (S12).
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";
import { downloadOwnEvidence } from "@/lib/incidents/evidence/download";

export const dynamic = "force-dynamic";

export const GET = defineRoute<{ org: string; id: string }>(
  { permission: "org.breaches.view", errors: "text" },
  async (ctx, _request, { org, id }) => attachmentResponse(await downloadOwnEvidence(ctx, org, id, "json")),
);
