// The callback route on a plain Node server, for integration tests and the bench (no Next.js there):
// POST /api/connectors/tasks/<id>/callback goes through the same handler as the app's route
// (callbackResponse; the app's route only adds Next.js's context around it).
import { requestMetaFrom } from "../../../context/request-meta.ts";
import { startRouteServer, type ServedRoute } from "../../../testing/route-server.ts";
import { systemClock, type Clock } from "../../../time/clock.ts";
import { callbackResponse } from "../callback-response.ts";

export type CallbackServer = { close(): Promise<void> };

/** The callback route for startRouteServer. */
export function callbackRoute(clock: Clock = systemClock): ServedRoute {
  return {
    method: "POST",
    path: /^\/api\/connectors\/tasks\/(?<id>[^/]+)\/callback$/,
    handler: async (request, segment) =>
      callbackResponse(request, (await segment.params).id!, {
        clock,
        request: requestMetaFrom(request.headers),
      }),
  };
}

export async function startCallbackServer(port: number, clock: Clock = systemClock): Promise<CallbackServer> {
  return startRouteServer([callbackRoute(clock)], { port });
}
