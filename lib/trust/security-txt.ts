// security.txt (RFC 9116) for /.well-known/security.txt, built from the provider settings at request
// time: Expires is always 180 days ahead (a file that never goes stale, and never more than a year
// ahead as RFC 9116 section 2.5.5 recommends).
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

export function buildSecurityTxt(settings: SecurityTxtSettings, appUrl: string, now: Date): string {
  const base = baseUrl(appUrl);
  const fields: [string, string][] = [
    ["Contact", `mailto:${settings.securityEmail.trim()}`],
    ["Expires", expiresAt(now)],
    ["Preferred-Languages", "en, de"],
    ["Policy", settings.securityPolicyUrl.trim() || `${base}${DEFAULT_POLICY_PATH}`],
    ["Canonical", `${base}${SECURITY_TXT_PATH}`],
  ];
  return fields.map(([name, value]) => `${name}: ${value}\n`).join("");
}
