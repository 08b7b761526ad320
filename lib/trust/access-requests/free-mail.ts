// Free-mail providers: when ProviderSettings.refuseFreeMailDomains is on, requests from these
// domains are denied with a reason (staff want a work address that names the company). Bundled, so no
// lookup leaves the server. A provider's subdomains count as the provider.
import { domainCovers } from "./email-domain.ts";

export const FREE_MAIL_DOMAINS: readonly string[] = [
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "outlook.de",
  "hotmail.com",
  "hotmail.de",
  "hotmail.co.uk",
  "live.com",
  "live.de",
  "msn.com",
  "yahoo.com",
  "yahoo.de",
  "yahoo.co.uk",
  "ymail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "gmx.de",
  "gmx.net",
  "gmx.at",
  "gmx.ch",
  "gmx.com",
  "web.de",
  "t-online.de",
  "freenet.de",
  "arcor.de",
  "posteo.de",
  "mailbox.org",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "tutanota.com",
  "tuta.io",
  "aol.com",
  "aol.de",
  "mail.com",
  "zoho.com",
  "yandex.ru",
  "yandex.com",
  "mail.ru",
  "qq.com",
  "163.com",
  "fastmail.com",
  "hey.com",
];

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.some((free) => domainCovers(free, domain));
}
