// GET /api/v1/dsr/{id}: one request of the key's organisation with per-system progress and due dates
// with their zone (dsr:read). Another organisation's id is 404, like an unknown one.
import { defineApiRoute } from "@/lib/api/api-route";
import { readRequest } from "@/lib/api/dsr/operations";
import { API_RESPONSE_HEADERS } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute<{ id: string }>(
  { permission: "org.dsr.view" },
  async (org, _request, params) =>
    Response.json(await readRequest(org, params.id.slice(0, 64)), { headers: API_RESPONSE_HEADERS }),
);
