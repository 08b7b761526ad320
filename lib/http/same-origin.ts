// Whether a state-changing request came from this site (SECURITY.md S14). Server actions and route
// handlers accept requests without an Origin header, so the header is required; `null` (sandboxed
// frames, some redirects) is refused. The host compared is the request's own Host; a proxy's
// X-Forwarded-Host counts only when the proxy is trusted (TRUST_PROXY), else a client could name it.
export type OriginHeaders = { origin: string | null; host: string | null; forwardedHost: string | null };

export function isSameOrigin(headers: OriginHeaders, trustProxy: boolean): boolean {
  const host = (trustProxy ? headers.forwardedHost : null) ?? headers.host;
  if (!headers.origin || headers.origin === "null" || !host) return false;
  try {
    return new URL(headers.origin).host === host;
  } catch {
    return false;
  }
}
