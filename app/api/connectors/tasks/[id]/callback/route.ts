// POST /api/connectors/tasks/<taskId>/callback: a connected system posts the result of a task it accepted
// with 202 (docs/connectors/protocol.md). Another server calls it, authorised by the task's single-use
// bearer token, never by a cookie, so the same-origin check does not apply. Answers in RFC 9457
// problem+json (lib/dsr/connectors/callback-response.ts).
import { callbackResponse } from "@/lib/dsr/connectors/callback-response";
import { definePublicRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = definePublicRoute<{ id: string }>(
  { sameOrigin: false, errors: "json" },
  async (ctx, request, { id }) => callbackResponse(request, id, { clock: ctx.clock, request: ctx.request }),
);
