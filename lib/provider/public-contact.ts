import "server-only";
// The provider details that public route handlers (security.txt, the Atom feed) need. Route handlers
// run per request, so the loader's answer is kept until the next publish (saving provider settings is one)
// or five minutes (lib/public-snapshot/cached.ts); a page build never needs the database for it.
import { cachedPublic } from "../public-snapshot/cached.ts";
import { db } from "../db/client.ts";
import { PROVIDER_SETTINGS_ID } from "./settings-id.ts";

export type PublicProviderContact = {
  displayName: string;
  legalName: string;
  securityEmail: string;
  securityPolicyUrl: string;
  /** ISO instant of the last settings change (cached values must be JSON). */
  updatedAt: string;
};

export async function loadPublicProviderContact(): Promise<PublicProviderContact | null> {
  const row = await db.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: {
      displayName: true,
      legalName: true,
      securityEmail: true,
      securityPolicyUrl: true,
      updatedAt: true,
    },
  });
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : null;
}

export const cachedPublicProviderContact = cachedPublic(loadPublicProviderContact);
