// The legacy location /security.txt points permanently to the well-known one (RFC 9116 section 3).
import { SECURITY_TXT_PATH } from "@/lib/trust/security-txt";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(null, {
    status: 301,
    headers: { Location: SECURITY_TXT_PATH, "Cache-Control": "public, max-age=86400" },
  });
}
