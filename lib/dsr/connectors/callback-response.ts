import "server-only";
// The HTTP side of a connector callback (the route app/api/connectors/tasks/[id]/callback, and the same
// handler on a plain Node server in tests and the bench): content type, a capped body, then callback.ts;
// every refusal in RFC 9457 problem+json.
import { API_RESPONSE_HEADERS } from "../../api/response-headers.ts";
import type { RequestMeta } from "../../audit/record.ts";
import type { Clock } from "../../time/clock.ts";
import { acceptCallback } from "./callback.ts";
import { connectorProblemResponse } from "./problem.ts";
import { RESULT_LIMITS } from "./protocol.ts";
import { readCappedText } from "./read-body.ts";

export async function callbackResponse(
  request: Request,
  taskId: string,
  options: { clock: Clock; request: RequestMeta },
): Promise<Response> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") return connectorProblemResponse("unsupported_type");
  const body = await readCappedText(request, RESULT_LIMITS.bodyBytes);
  try {
    const answer = await acceptCallback(
      {
        taskId,
        authorization: request.headers.get("authorization"),
        body: body.ok ? body.text : "",
        tooLarge: !body.ok,
      },
      options,
    );
    if (!answer.ok) return connectorProblemResponse(answer.problem, answer.detail);
    return Response.json(
      { status: "accepted", taskStatus: answer.status.toLowerCase() },
      { headers: API_RESPONSE_HEADERS },
    );
  } catch (error) {
    console.error("[connectors] callback", error);
    return connectorProblemResponse("internal");
  }
}
