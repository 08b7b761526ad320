// The custom server's way to have this process's Next.js drop its public pages when another instance
// published (ADR 0033): revalidatePath needs a request of Next's own. Only the custom server of this
// process knows the token (lib/public-snapshot/store.ts); a request without it gets a 404 and changes nothing.
import { revalidateThisInstance } from "@/lib/trust/public-pages";
import { INTERNAL_HEADER, isInternalRequest } from "@/lib/public-snapshot/store";

export const dynamic = "force-dynamic";

export function POST(request: Request): Response {
  if (!isInternalRequest(request.headers.get(INTERNAL_HEADER))) return new Response(null, { status: 404 });
  revalidateThisInstance();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
