// How a new request is decided before anyone looks at it: an access rule for the requester's domain
// (the most specific one) approves or denies; without a rule, a free-mail address is denied when the
// provider refuses free-mail domains; otherwise staff decide.
import type { AccessRuleAction } from "../../generated/prisma/enums.ts";
import { emailDomain, matchingRule } from "./email-domain.ts";
import { isFreeMailDomain } from "./free-mail.ts";

export type RuleFacts = {
  id: string;
  domain: string;
  action: AccessRuleAction;
  grantDays: number | null;
  reason: string;
};

export type AutomaticDecision =
  | { kind: "none" }
  | { kind: "rule-approve"; rule: RuleFacts; days: number }
  | { kind: "rule-deny"; rule: RuleFacts }
  | { kind: "free-mail"; domain: string };

export const DEFAULT_GRANT_DAYS = 30;

export function automaticDecision(
  email: string,
  rules: readonly RuleFacts[],
  refuseFreeMail: boolean,
): AutomaticDecision {
  const domain = emailDomain(email);
  const rule = matchingRule(domain, rules);
  if (rule?.action === "AUTO_APPROVE")
    return { kind: "rule-approve", rule, days: rule.grantDays ?? DEFAULT_GRANT_DAYS };
  if (rule?.action === "AUTO_DENY") return { kind: "rule-deny", rule };
  if (refuseFreeMail && isFreeMailDomain(domain)) return { kind: "free-mail", domain };
  return { kind: "none" };
}
