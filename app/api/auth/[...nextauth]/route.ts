import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/sessions/next-auth";
import { SIGN_IN_ERRORS } from "@/lib/auth/passwords/messages";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  const response: Response = await NextAuth(
    request as never,
    { params: await context.params } as never,
    authOptions(),
  );
  return request.method === "POST" ? asTooManyRequests(response) : response;
}

/** A throttled sign-in answers 429 with Retry-After (S2), keeping next-auth's JSON body for the form. */
async function asTooManyRequests(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const body = await response
    .clone()
    .json()
    .catch(() => null);
  const code =
    typeof body?.url === "string"
      ? new URL(body.url, "http://local.invalid").searchParams.get("error")
      : null;
  if (!code?.startsWith(`${SIGN_IN_ERRORS.throttled}:`)) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(Number(code.split(":")[1]) * 60));
  return new Response(JSON.stringify(body), { status: 429, headers });
}

export { handler as GET, handler as POST };
