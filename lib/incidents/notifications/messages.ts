// Words of breach notifications as customers read them (customer portal and evidence pack: English):
// how an Art. 33(3) item sent as "not yet known" (null) reads, the Art. 34(3) exemptions, and the
// refusals of acknowledging and of the organisation's own authority record (B4).
import type { Text } from "../../i18n/text.ts";

const instant = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

const A_MEMBER = "a member";

export const NOTIFICATION_MESSAGES = {
  /** An item sent as "not yet known": it follows in a later phase. */
  notYetKnown: "Not yet known — will follow",
  /** Who acknowledged, when the name was not recorded. */
  aMember: A_MEMBER,
  art34Exemptions: {
    A_PROTECTED: "Art. 34(3)(a): the data was unintelligible to anyone not authorised (e.g. encrypted)",
    B_RISK_MITIGATED: "Art. 34(3)(b): later measures mean the high risk is no longer likely to materialise",
    C_DISPROPORTIONATE:
      "Art. 34(3)(c): informing each person would involve disproportionate effort; a public communication is made instead",
  },
  alreadyAcknowledged: (byName: string | null, at: Date): Text => ({
    en: `This notification was already acknowledged by ${byName ?? A_MEMBER} at ${instant.format(at)} UTC.`,
  }),
  invalidAuthorityTime: { en: "Enter a valid date and time for the authority notification." } satisfies Text,
  authorityTimeInFuture: { en: "The authority notification time cannot be in the future." } satisfies Text,
  authorityReferenceWithoutTime: {
    en: "Enter when you notified the authority together with its reference.",
  } satisfies Text,
  delayReasonRequired: {
    en: "Give the reasons for the delay: the authority is notified more than 72 hours after our notification reached you (Art. 33(1)).",
  } satisfies Text,
} as const;
