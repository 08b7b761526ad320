// /.well-known/article28-certificate-keys.json: the public keys that verify Article28's signed certificates
// (ADR 0020, docs/certificates.md) — the active key and the retired ones, as SPKI PEM and JWK. Built once per
// process from the environment (no database); force-dynamic only keeps the build's environment out of it.
import { publicKeyListText } from "@/lib/signing/public-key-list";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response(publicKeyListText(), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      // Anyone may verify a certificate, including from a browser on another origin.
      "Access-Control-Allow-Origin": "*",
    },
  });
}
