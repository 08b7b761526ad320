// Which access rule applies to a requester: rules name a domain and cover it and its subdomains
// (a rule for example.com covers sec.example.com, never notexample.com); the most specific wins.

/** The lower-cased domain of an address ("" when there is none). */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0
    ? ""
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase()
        .replace(/\.$/, "");
}

/** `domain` is `ruleDomain` or one of its subdomains. */
export function domainCovers(ruleDomain: string, domain: string): boolean {
  const rule = ruleDomain.toLowerCase();
  const candidate = domain.toLowerCase();
  return rule !== "" && (candidate === rule || candidate.endsWith(`.${rule}`));
}

/** The rule with the longest domain that covers `domain`, if any. */
export function matchingRule<Rule extends { domain: string }>(
  domain: string,
  rules: readonly Rule[],
): Rule | null {
  let best: Rule | null = null;
  for (const rule of rules) {
    if (domainCovers(rule.domain, domain) && (!best || rule.domain.length > best.domain.length)) best = rule;
  }
  return best;
}

/** A domain as staff may enter it for a rule: "example.com", "sec.example.co.uk" (no scheme, no @). */
export const DOMAIN_PATTERN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
