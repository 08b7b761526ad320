// One-click unsubscribe (RFC 8058) for the List-Unsubscribe header of every subscriber notice: the mail
// provider's server POSTs `List-Unsubscribe=One-Click` to the URL with the subscriber's token.
//
// Exempt from the same-origin check every other state-changing request passes (S14): the caller is a
// mail provider's server, which sends no Origin of ours. That is safe here because the request is
// authorised by the unguessable 256-bit token in the URL (not by a cookie a forged request could
// carry), and the only thing it can ever do is unsubscribe that one address, idempotently.
import { NextResponse } from "next/server";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { env } from "@/lib/config/env";
import { TOKEN_SHAPE } from "@/lib/crypto/token-shape";
import { unsubscribeByToken } from "@/lib/trust/subscriptions/unsubscribe";

export const dynamic = "force-dynamic";

/** The RFC 8058 body is 26 bytes; anything much larger is not a one-click request (S20 body limit). */
const MAX_BODY_BYTES = 4096;
const NO_STORE = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };

const reply = (status: number, text: string) => new NextResponse(`${text}\n`, { status, headers: NO_STORE });

export async function POST(request: Request): Promise<NextResponse> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (!TOKEN_SHAPE.test(token)) return reply(404, "Unknown unsubscribe link.");
  const body = await readForm(request);
  if (body === "too_large") return reply(413, "Request body too large.");
  if (body?.get("List-Unsubscribe") !== "One-Click")
    return reply(400, "Expected the form field List-Unsubscribe=One-Click (RFC 8058).");
  const outcome = await unsubscribeByToken(token, "one-click", await currentRequest());
  return outcome === "unknown" ? reply(404, "Unknown unsubscribe link.") : reply(200, "Unsubscribed.");
}

/** Opening the URL in a browser shows the unsubscribe page (in the visitor's language), which asks first. */
export async function GET(request: Request): Promise<NextResponse> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (!TOKEN_SHAPE.test(token)) return reply(404, "Unknown unsubscribe link.");
  const response = NextResponse.redirect(new URL(`/subscriptions/unsubscribe/${token}`, env().APP_URL), 303);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/** The form body (urlencoded or multipart, both allowed by RFC 8058), read up to the size limit. */
async function readForm(request: Request): Promise<FormData | null | "too_large"> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return "too_large";
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        return "too_large";
      }
      chunks.push(value);
    }
  }
  const contentType = request.headers.get("content-type") ?? "application/x-www-form-urlencoded";
  try {
    return await new Response(Buffer.concat(chunks), { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return null;
  }
}
