import "server-only";
// Domains no organisation may claim for Microsoft sign-in (SECURITY.md S27, ADR 0014): the provider's own
// (the email domains of staff accounts and of the DPO and security contacts, with their subdomains and
// parents), free-mail domains, whose addresses belong to many unrelated people, and Microsoft's own shared
// identity domains.
import type { Db, Tx } from "../../db/client.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";
import { domainCovers } from "../../trust/access-requests/email-domain.ts";
import { isFreeMailDomain } from "../../trust/access-requests/free-mail.ts";
import { emailDomain } from "./domains.ts";

export type UnclaimableReason = "provider_domain" | "free_mail" | "shared_identity";

/** Microsoft's own domains, with their subdomains. */
const MICROSOFT_DOMAINS = ["microsoft.com", "microsoftonline.com", "windows.net"];
/** Shared by every Entra tenant; its subdomains name single tenants (contoso.onmicrosoft.com) and may be claimed. */
const SHARED_TENANT_DOMAIN = "onmicrosoft.com";

function isSharedIdentityDomain(domain: string): boolean {
  return domain === SHARED_TENANT_DOMAIN || MICROSOFT_DOMAINS.some((d) => domainCovers(d, domain));
}

/** One domain is the other or a subdomain of it (in either direction). */
function related(a: string, b: string): boolean {
  return domainCovers(a, b) || domainCovers(b, a);
}

/** mail.eu.acme.example -> eu.acme.example, acme.example (never a single label). */
function parentsOf(domain: string): string[] {
  const labels = domain.split(".");
  return labels.slice(1, -1).map((_, i) => labels.slice(i + 1).join("."));
}

/** The provider's own domains among `domains`: related to a staff account's or a provider contact's. */
async function providerDomainsAmong(client: Db | Tx, domains: readonly string[]): Promise<Set<string>> {
  const [staff, settings] = await Promise.all([
    client.user.findMany({
      where: {
        staffRoles: { some: {} },
        OR: domains.flatMap((d) => [
          { email: { endsWith: `@${d}` } },
          { email: { endsWith: `.${d}` } },
          ...parentsOf(d).map((p) => ({ email: { endsWith: `@${p}` } })),
        ]),
      },
      select: { email: true },
    }),
    client.providerSettings.findUnique({
      where: { id: PROVIDER_SETTINGS_ID },
      select: { dpoEmail: true, securityEmail: true },
    }),
  ]);
  const own = [...staff.map((u) => u.email), settings?.dpoEmail ?? "", settings?.securityEmail ?? ""]
    .map((email) => emailDomain(email) ?? "")
    .filter(Boolean);
  return new Set(domains.filter((d) => own.some((o) => related(d, o))));
}

/** The domains of `domains` that can never be claimed, each with why. */
export async function unclaimableDomains(
  client: Db | Tx,
  domains: readonly string[],
): Promise<Map<string, UnclaimableReason>> {
  const refused = new Map<string, UnclaimableReason>();
  if (domains.length === 0) return refused;
  for (const domain of domains) {
    if (isFreeMailDomain(domain)) refused.set(domain, "free_mail");
    else if (isSharedIdentityDomain(domain)) refused.set(domain, "shared_identity");
  }
  for (const domain of await providerDomainsAmong(client, domains)) refused.set(domain, "provider_domain");
  return refused;
}
