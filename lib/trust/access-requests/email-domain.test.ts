// Access rules by email domain and the free-mail refusal: a rule covers its domain and subdomains,
// never look-alikes; the most specific rule wins; free-mail applies only without a rule.
import { describe, expect, it } from "vitest";
import { automaticDecision, type RuleFacts } from "./automatic-decision";
import { domainCovers, DOMAIN_PATTERN, emailDomain, matchingRule } from "./email-domain";
import { FREE_MAIL_DOMAINS, isFreeMailDomain } from "./free-mail";

const rule = (domain: string, action: RuleFacts["action"], extra: Partial<RuleFacts> = {}): RuleFacts => ({
  id: `rule-${domain}`,
  domain,
  action,
  grantDays: action === "AUTO_APPROVE" ? 14 : null,
  reason: action === "AUTO_DENY" ? "Competitor" : "",
  ...extra,
});

describe("email domains", () => {
  it("takes the domain after the last @, lower-cased, without a trailing dot", () => {
    expect(emailDomain("Jane.Doe@Sec.Example.COM")).toBe("sec.example.com");
    expect(emailDomain('"odd@local"@example.org')).toBe("example.org");
    expect(emailDomain("a@example.com.")).toBe("example.com");
    expect(emailDomain("no-at-sign")).toBe("");
  });

  it("covers the domain and its subdomains, not look-alikes", () => {
    expect(domainCovers("example.com", "example.com")).toBe(true);
    expect(domainCovers("example.com", "sec.example.com")).toBe(true);
    expect(domainCovers("example.com", "a.b.example.com")).toBe(true);
    expect(domainCovers("example.com", "notexample.com")).toBe(false);
    expect(domainCovers("example.com", "example.com.evil.test")).toBe(false);
    expect(domainCovers("sec.example.com", "example.com")).toBe(false);
    expect(domainCovers("", "example.com")).toBe(false);
  });

  it("picks the most specific matching rule", () => {
    const rules = [
      rule("example.com", "AUTO_APPROVE"),
      rule("partners.example.com", "AUTO_DENY"),
      rule("other.test", "AUTO_APPROVE"),
    ];
    expect(matchingRule("x.partners.example.com", rules)?.domain).toBe("partners.example.com");
    expect(matchingRule("sales.example.com", rules)?.domain).toBe("example.com");
    expect(matchingRule("unrelated.test", rules)).toBeNull();
  });

  it("accepts rule domains like example.com and refuses URLs, addresses and single labels", () => {
    for (const ok of ["example.com", "sec.example.co.uk", "acme.example", "xn--bcher-kva.de"])
      expect(DOMAIN_PATTERN.test(ok), ok).toBe(true);
    for (const bad of [
      "https://example.com",
      "a@example.com",
      "localhost",
      "-bad.com",
      "exa mple.com",
      "example..com",
    ])
      expect(DOMAIN_PATTERN.test(bad), bad).toBe(false);
  });
});

describe("free-mail domains", () => {
  it("bundles the common providers", () => {
    for (const domain of [
      "gmail.com",
      "googlemail.com",
      "outlook.com",
      "hotmail.com",
      "live.com",
      "yahoo.com",
      "icloud.com",
      "gmx.de",
      "gmx.net",
      "web.de",
      "t-online.de",
      "proton.me",
      "protonmail.com",
      "aol.com",
      "mail.com",
      "yandex.ru",
    ]) {
      expect(FREE_MAIL_DOMAINS, domain).toContain(domain);
      expect(isFreeMailDomain(domain), domain).toBe(true);
    }
  });

  it("counts subdomains of a provider, not companies whose name merely contains one", () => {
    expect(isFreeMailDomain("eu.gmail.com")).toBe(true);
    expect(isFreeMailDomain("gmail.company.example")).toBe(false);
    expect(isFreeMailDomain("mygmail.com")).toBe(false);
    expect(isFreeMailDomain("northwind.example")).toBe(false);
  });
});

describe("automatic decisions", () => {
  const rules = [
    rule("acme.example", "AUTO_APPROVE"),
    rule("rival.example", "AUTO_DENY"),
    rule("gmail.com", "AUTO_APPROVE", { grantDays: 7 }),
  ];

  it("approves for the rule's days, or denies with the rule's reason", () => {
    expect(automaticDecision("ann@sec.acme.example", rules, false)).toMatchObject({
      kind: "rule-approve",
      days: 14,
      rule: { domain: "acme.example" },
    });
    expect(automaticDecision("bob@rival.example", rules, true)).toMatchObject({
      kind: "rule-deny",
      rule: { reason: "Competitor" },
    });
  });

  it("denies free-mail addresses only when the provider refuses them and no rule names the domain", () => {
    expect(automaticDecision("someone@web.de", rules, true)).toEqual({ kind: "free-mail", domain: "web.de" });
    expect(automaticDecision("someone@web.de", rules, false)).toEqual({ kind: "none" });
    expect(automaticDecision("someone@gmail.com", rules, true)).toMatchObject({
      kind: "rule-approve",
      days: 7,
    });
  });

  it("leaves everything else to staff", () => {
    expect(automaticDecision("carol@buyer.example", rules, true)).toEqual({ kind: "none" });
  });

  it("uses 30 days when an approve rule has none stored", () => {
    expect(
      automaticDecision("x@acme.example", [rule("acme.example", "AUTO_APPROVE", { grantDays: null })], false),
    ).toMatchObject({ days: 30 });
  });
});
