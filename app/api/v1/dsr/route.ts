// POST /api/v1/dsr files a data-subject request (dsr:write; Idempotency-Key honoured), GET lists the
// organisation's requests (dsr:read). The same schema as the portal form (lib/dsr/request-input.ts).
import { defineApiRoute } from "@/lib/api/api-route";
import { appendProviderInbox } from "@/lib/audit/provider-inbox";
import { fileByApi, listByApi, readRequest } from "@/lib/api/dsr/operations";
import { dsrListQuery } from "@/lib/api/dsr/list-query";
import { idempotent } from "@/lib/api/idempotency";
import { parseJson, parseWith, queryObject, readJsonText } from "@/lib/api/json-body";
import { API_RESPONSE_HEADERS } from "@/lib/api/problem";
import { dsrRequestInputIn } from "@/lib/dsr/request-input";

export const dynamic = "force-dynamic";

export const POST = defineApiRoute({ permission: "org.dsr.manage" }, async (org, request) => {
  const body = parseJson(await readJsonText(request));
  // The portal's schema, its field messages in the caller's language (Accept-Language).
  const input = parseWith(dsrRequestInputIn(org.locale), body);
  return idempotent({ apiKeyId: org.actor.apiKey!.id, clock: org.clock }, request, body, {
    commit: (tx) => fileByApi(tx, org, input),
    afterCommit: appendProviderInbox,
    render: (id) => readRequest(org, id),
  });
});

export const GET = defineApiRoute({ permission: "org.dsr.view" }, async (org, request) => {
  const query = parseWith(dsrListQuery, queryObject(request), "query");
  return Response.json(await listByApi(org, query), { headers: API_RESPONSE_HEADERS });
});
