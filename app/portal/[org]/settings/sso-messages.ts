// What the organisation's Microsoft sign-in settings say (customer portal: English today).
import type { SsoDomainClaimStatus } from "@/lib/generated/prisma/enums";
import type { Text } from "@/lib/i18n/text";

const list = (domains: readonly string[]) => domains.join(", ");

export const SSO_SETTINGS_MESSAGES = {
  saved: (created: boolean, requested: readonly string[] = []): Text => ({
    en: [
      created ? "Microsoft sign-in is set up." : "Microsoft sign-in settings saved.",
      requested.length > 0 &&
        `${list(requested)} ${requested.length === 1 ? "waits" : "wait"} for approval by the provider's staff before people there can sign in with Microsoft.`,
    ]
      .filter(Boolean)
      .join(" "),
  }),
  /** While members must sign in with Microsoft, the connection is the only way in (S23). */
  requiredOwner:
    "Members must sign in with Microsoft, so this connection is the only way in: it cannot be switched off or moved to another tenant until that requirement is turned off above.",
  requiredAdmin:
    "Members must sign in with Microsoft, so this connection is the only way in: only an owner can change it.",
  /** The state of one domain's claim (S27). */
  domainStatus: {
    PENDING: "Waiting for approval",
    APPROVED: "Approved",
    REFUSED: "Refused",
  } satisfies Record<SsoDomainClaimStatus, string>,
  domainsHint:
    "One per line or separated by commas, e.g. acme.example. A domain can belong to one organisation only. The provider's staff check that your organisation controls a new domain before it is used for sign-in.",
} as const;
