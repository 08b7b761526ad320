// security.txt (RFC 9116) for /.well-known/security.txt, built from the provider settings at request
// time: Expires is always 180 days ahead (a file that never goes stale, and never more than a year
// ahead as RFC 9116 section 2.5.5 recommends). A value that could add a line (a field of its own, such
// as a second Contact or an Encryption key of someone else's) is refused, never written (S25): the
// route then fails as an internal error, with the reason in the server's log.
import { unsafeCharacterIn } from "../text/unsafe-characters.ts";

export const SECURITY_TXT_PATH = "/.well-known/security.txt";
export const SECURITY_TXT_LIFETIME_DAYS = 180;
/** The vulnerability-disclosure section of the English security overview (its heading's id). */
export const DEFAULT_POLICY_PATH = "/en/security#reporting-a-vulnerability";

export type SecurityTxtSettings = { securityEmail: string; securityPolicyUrl: string };

/** APP_URL without a trailing slash. */
export function baseUrl(appUrl: string): string {
  return appUrl.replace(/\/+$/, "");
}

/** RFC 3339 in UTC to the second, e.g. 2027-05-22T10:00:00Z. */
function expiresAt(now: Date): string {
  const expires = new Date(now.getTime() + SECURITY_TXT_LIFETIME_DAYS * 24 * 3600 * 1000);
  return `${expires.toISOString().slice(0, 19)}Z`;
}

/** Fields whose value is a URI: no white space at all. */
const URI_FIELDS = new Set(["Contact", "Policy", "Canonical"]);

/** Throws unless `value` can stand on its field's line as it is. */
function assertFieldValue(name: string, value: string): void {
  const unsafe = unsafeCharacterIn(value);
  if (unsafe)
    throw new Error(`security.txt: the ${name} value contains a ${unsafe.replace("_", " ")} character`);
  if (URI_FIELDS.has(name) && /\s/u.test(value))
    throw new Error(`security.txt: the ${name} value contains white space`);
}

export function buildSecurityTxt(settings: SecurityTxtSettings, appUrl: string, now: Date): string {
  const base = baseUrl(appUrl);
  const fields: [string, string][] = [
    ["Contact", `mailto:${settings.securityEmail.trim()}`],
    ["Expires", expiresAt(now)],
    ["Preferred-Languages", "en, de"],
    ["Policy", settings.securityPolicyUrl.trim() || `${base}${DEFAULT_POLICY_PATH}`],
    ["Canonical", `${base}${SECURITY_TXT_PATH}`],
  ];
  for (const [name, value] of fields) assertFieldValue(name, value);
  return fields.map(([name, value]) => `${name}: ${value}\n`).join("");
}
