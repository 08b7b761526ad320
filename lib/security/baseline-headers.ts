// The security headers every response carries (SECURITY.md S15): set by Next.js on everything it
// answers (next.config.ts) and by the serving process on what it refuses itself (scripts/run.ts). This
// CSP restricts framing, base URLs, plugins and form targets; pages add their script policy (csp.ts).
const BASE_CSP = [
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
].join("; ");

export function baselineSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: BASE_CSP },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(production
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
  ];
}
