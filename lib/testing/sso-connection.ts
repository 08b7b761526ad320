// Test data for Microsoft sign-in: an organisation's SSO connection written straight to the database
// (the client secret sealed exactly as the settings form does), shared by integration and e2e tests.
import { randomUUID } from "node:crypto";
import { SECRET_CANARY } from "../../prisma/factories.ts";
import { seal } from "../crypto/secret-box.ts";
import { db } from "../db/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";

export type TestSsoConnection = {
  id: string;
  organizationId: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
};

export async function createSsoConnectionRecord(options: {
  organizationId: string;
  allowedDomains: string[];
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  defaultRole?: CustomerRole;
  enabled?: boolean;
}): Promise<TestSsoConnection> {
  const tenantId = options.tenantId ?? randomUUID();
  const clientId = options.clientId ?? randomUUID();
  // Marked, so the e2e runner's canary check would find it if it ever appeared in clear.
  const clientSecret = options.clientSecret ?? `${SECRET_CANARY}-sso-${randomUUID()}`;
  const row = await db.ssoConnection.create({
    data: {
      organizationId: options.organizationId,
      tenantId,
      clientId,
      // The same context lib/auth/sso/msal.ts opens it with.
      clientSecretEnc: seal(clientSecret, `sso:${options.organizationId}`),
      allowedDomains: options.allowedDomains,
      defaultRole: options.defaultRole ?? "MEMBER",
      enabled: options.enabled ?? true,
    },
    select: { id: true },
  });
  return {
    id: row.id,
    organizationId: options.organizationId,
    tenantId,
    clientId,
    clientSecret,
    allowedDomains: options.allowedDomains,
  };
}

/** A unique email domain per test, so connections never clash. */
export function uniqueDomain(label = "sso"): string {
  return `${label}-${randomUUID().slice(0, 8)}.example`;
}
