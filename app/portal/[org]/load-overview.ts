import "server-only";
// The organisation overview for the portal layout and its page, loaded once per request. React's
// `cache()` compares arguments by identity, and every `loadPage` call builds a fresh context object, so
// caching on (ctx, slug) would never hit. The context itself is per request (lib/http/next-context.ts
// reads the session and actor once per request), so within one request the slug alone decides the
// answer: the cached function builds the context inside and keys on the slug only. Authorisation still
// runs in getOrganizationOverview with that context; a refusal is cached like an answer, for this
// request only.
import { cache } from "react";
import { loadPage } from "@/lib/http/page";
import { getOrganizationOverview } from "@/lib/organizations/portal";

export const loadOrganizationOverview = cache((slug: string) =>
  loadPage((ctx) => getOrganizationOverview(ctx, slug)),
);
