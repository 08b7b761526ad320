// The script policy of dynamic pages: only scripts carrying this request's nonce run, and what they load
// ('strict-dynamic'); no inline event handlers, plugins, framing or foreign form targets (S15).
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // The development server's overlay injects styles without a nonce; production allows only nonced ones.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    ...closedDirectives(development),
  ].join("; ");
}

/**
 * The policy of the static public trust pages. A prerendered page cannot carry a per-request nonce, and
 * Next.js bootstraps it with inline scripts, so inline scripts from this origin are allowed; everything
 * else stays closed (no foreign scripts, eval, plugins, framing, foreign forms or connections). The
 * pages render only sanitised Markdown written by staff (docs/decisions/0008).
 */
export function staticContentSecurityPolicy(development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    ...closedDirectives(development),
  ].join("; ");
}

/** What both policies keep closed: foreign fonts, connections, plugins, base URLs, form targets, framing. */
function closedDirectives(development: boolean): string[] {
  return [
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
}
