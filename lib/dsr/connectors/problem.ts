// RFC 9457 problem details for the connector callback (the only answer format a connected system reads
// from Article28). Never echoes what the caller sent.
export type Problem = { type: string; title: string; status: number; detail?: string };

export const PROBLEMS = {
  invalid_token: { status: 401, title: "The bearer token is not valid for this task" },
  already_final: { status: 409, title: "The task already has its result" },
  invalid_result: { status: 400, title: "The result does not follow the protocol" },
  too_large: { status: 413, title: "The result is too large" },
  unsupported_type: { status: 415, title: "Send the result as application/json" },
  internal: { status: 500, title: "The result could not be stored; try again" },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

export function problemResponse(code: ProblemCode, detail?: string): Response {
  const { status, title } = PROBLEMS[code];
  const body: Problem = { type: `https://article28.dev/problems/connector/${code}`, title, status, detail };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/problem+json",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...(status === 401 ? { "WWW-Authenticate": 'Bearer realm="article28-connectors"' } : {}),
    },
  });
}
