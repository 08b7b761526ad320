// Words of access review: decisions, rules and the free-mail switch (staff console: English).
import type { GrantDecider } from "@/lib/trust/access-requests/review";

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

export const ACCESS_CONSOLE_MESSAGES = {
  approved: (d: { documentTitle: string; email: string; days: number }) =>
    `Approved "${d.documentTitle}" for ${d.email} for ${days(d.days)}; the link was emailed.`,
  denied: (d: { documentTitle: string; email: string }) =>
    `Denied "${d.documentTitle}" for ${d.email}; the reason was emailed.`,
  revoked: (d: { documentTitle: string; email: string; revoked: boolean }) =>
    d.revoked
      ? `Revoked "${d.documentTitle}" for ${d.email}; the download no longer works.`
      : "This access was already revoked.",
  ruleCreated: (domain: string) => `Rule for ${domain} saved.`,
  ruleUpdated: (domain: string) => `Rule for ${domain} updated.`,
  ruleDeleted: (domain: string) => `Rule for ${domain} deleted; requests from it go to review again.`,
  freeMail: (outcome: { refuse: boolean; changed: boolean }) =>
    outcome.changed
      ? outcome.refuse
        ? "Requests from free-mail addresses are now denied with a reason."
        : "Requests from free-mail addresses now go to review."
      : outcome.refuse
        ? "Free-mail addresses were already refused."
        : "Free-mail addresses were already accepted.",
  /** Who decided a grant, after "by". */
  decidedBy: (decider: GrantDecider) =>
    decider.by === "staff"
      ? (decider.email ?? "a former staff member")
      : decider.by === "rule"
        ? `rule ${decider.domain ?? "(deleted)"}`
        : "free-mail setting",
};
