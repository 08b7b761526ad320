import "server-only";
// The handlers behind /api/subscriptions/unsubscribe (route.ts), kept apart so tests can call them
// with a context. A refusal is an AppError; the route wrapper turns it into a plain-text answer.
import type { Context } from "@/lib/context/context";
import { env } from "@/lib/config/env";
import { TOKEN_SHAPE } from "@/lib/crypto/token-shape";
import { AppError } from "@/lib/errors";
import { unsubscribeByToken } from "@/lib/trust/subscriptions/unsubscribe";
import { ONE_CLICK_MESSAGES } from "./messages";

/** The RFC 8058 body is 26 bytes; anything much larger is not a one-click request (S20 body limit). */
const MAX_BODY_BYTES = 4096;
const NO_STORE = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };

function tokenOf(request: Request): string {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (!TOKEN_SHAPE.test(token)) throw new AppError("not_found", ONE_CLICK_MESSAGES.unknownLink);
  return token;
}

/** The mail provider's POST of `List-Unsubscribe=One-Click`: unsubscribes the token's address. */
export async function oneClickUnsubscribe(ctx: Context, request: Request): Promise<Response> {
  const token = tokenOf(request);
  const body = await readForm(request);
  if (body === "too_large") throw new AppError("too_large", ONE_CLICK_MESSAGES.tooLarge);
  if (body?.get("List-Unsubscribe") !== "One-Click")
    throw new AppError("invalid", ONE_CLICK_MESSAGES.notOneClick);
  const outcome = await unsubscribeByToken(ctx, token, "one-click");
  if (outcome === "unknown") throw new AppError("not_found", ONE_CLICK_MESSAGES.unknownLink);
  return new Response(`${ONE_CLICK_MESSAGES.unsubscribed}\n`, { status: 200, headers: NO_STORE });
}

/** Opening the URL in a browser shows the unsubscribe page (in the visitor's language), which asks first. */
export async function openUnsubscribeLink(_ctx: Context, request: Request): Promise<Response> {
  const token = tokenOf(request);
  return new Response(null, {
    status: 303,
    headers: {
      Location: new URL(`/subscriptions/unsubscribe/${token}`, env().APP_URL).toString(),
      "Cache-Control": "no-store",
    },
  });
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
