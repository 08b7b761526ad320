// Slugs an organisation cannot have (its portal lives at /portal/<slug>): words that name, or may one day
// name, a page of the portal or the product itself, and words that would pass for the provider's own
// pages in a link a customer forwards ("/portal/admin", "/portal/security").
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "admin",
  "api",
  "app",
  "account",
  "auth",
  "billing",
  "continue",
  "help",
  "invite",
  "login",
  "logout",
  "mfa",
  "new",
  "portal",
  "provider",
  "security",
  "settings",
  "sign-in",
  "sign-out",
  "signin",
  "signout",
  "sso",
  "staff",
  "status",
  "support",
  "system",
  "trust",
  "www",
]);

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.has(slug);
}
