import { Badge, type BadgeTone } from "@/app/_ui";
import type { SsoDomainClaimStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { localize } from "@/lib/i18n/text";
import { SSO_SETTINGS_MESSAGES } from "./sso-messages";

export type SsoDomainState = { domain: string; status: SsoDomainClaimStatus; reason: string | null };

const TONES: Record<SsoDomainClaimStatus, BadgeTone> = {
  PENDING: "warning",
  APPROVED: "success",
  REFUSED: "danger",
};

/** Each listed domain with the state of its claim: only approved ones route sign-ins (S27). */
export function SsoDomainStates({ domains, locale }: { domains: readonly SsoDomainState[]; locale: Locale }) {
  if (domains.length === 0) return null;
  return (
    <ul aria-label={localize(SSO_SETTINGS_MESSAGES.domainsAndApproval, locale)} className="space-y-1 text-sm">
      {domains.map((d) => (
        <li key={d.domain} className="flex flex-wrap items-center gap-2">
          <span className="font-mono">{d.domain}</span>
          <Badge tone={TONES[d.status]}>
            {localize(SSO_SETTINGS_MESSAGES.domainStatus[d.status], locale)}
          </Badge>
          {d.status === "REFUSED" && d.reason && <span className="text-gray-600">{d.reason}</span>}
        </li>
      ))}
    </ul>
  );
}
