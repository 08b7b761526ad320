import "server-only";
// The provider details that public route handlers (security.txt, the Atom feed) need. Route handlers
// run per request, so the loader is cached under the "trust-public" tag (revalidated when staff save
// provider settings) and at most five minutes; a page build never needs the database for it.
import { unstable_cache } from "next/cache";
import { db } from "../db/client.ts";
import { PROVIDER_SETTINGS_ID } from "./settings-id.ts";

/** Cache tag of everything public that route handlers cache; staff changes revalidate it. */
export const TRUST_PUBLIC_TAG = "trust-public";
export const TRUST_PUBLIC_REVALIDATE_SECONDS = 300;

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

export const cachedPublicProviderContact = unstable_cache(
  loadPublicProviderContact,
  ["provider-public-contact"],
  {
    tags: [TRUST_PUBLIC_TAG],
    revalidate: TRUST_PUBLIC_REVALIDATE_SECONDS,
  },
);
