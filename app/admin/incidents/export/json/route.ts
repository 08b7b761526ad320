// GET /admin/incidents/export/json: the whole breach register as JSON (B5; breach.view, audited).
import { defineRoute } from "@/lib/http/route";
import { attachmentResponse } from "@/lib/incidents/attachment-response";
import { exportRegister } from "@/lib/incidents/register/export";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ permission: "breach.view", errors: "text" }, async (ctx) =>
  attachmentResponse(await exportRegister(ctx, "json")),
);
