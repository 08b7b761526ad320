// Words of breach notifications as customers read them (customer portal: English and German; the
// evidence pack: English): how an Art. 33(3) item sent as "not yet known" (null) reads, the Art. 34(3)
// exemptions, and the refusals of acknowledging and of the organisation's own authority record (B4).
import type { Art34Exemption } from "../../generated/prisma/enums.ts";
import { formatInstant } from "../../i18n/format.ts";
import type { Text } from "../../i18n/text.ts";

const A_MEMBER = "a member";

const NOT_YET_KNOWN = { en: "Not yet known — will follow", de: "Noch nicht bekannt – folgt" } satisfies Text;

const ART34_EXEMPTIONS = {
  A_PROTECTED: {
    en: "Art. 34(3)(a): the data was unintelligible to anyone not authorised (e.g. encrypted)",
    de: "Art. 34 Abs. 3 lit. a: die Daten waren für Unbefugte unzugänglich (z. B. verschlüsselt)",
  },
  B_RISK_MITIGATED: {
    en: "Art. 34(3)(b): later measures mean the high risk is no longer likely to materialise",
    de: "Art. 34 Abs. 3 lit. b: nachfolgende Maßnahmen sorgen dafür, dass das hohe Risiko aller Wahrscheinlichkeit nach nicht mehr besteht",
  },
  C_DISPROPORTIONATE: {
    en: "Art. 34(3)(c): informing each person would involve disproportionate effort; a public communication is made instead",
    de: "Art. 34 Abs. 3 lit. c: die Benachrichtigung jeder Person wäre mit unverhältnismäßigem Aufwand verbunden; stattdessen erfolgt eine öffentliche Bekanntmachung",
  },
} satisfies Record<Art34Exemption, Text>;

export const NOTIFICATION_MESSAGES = {
  /** An item sent as "not yet known": it follows in a later phase (English, as the evidence pack prints it). */
  notYetKnown: NOT_YET_KNOWN.en,
  notYetKnownText: NOT_YET_KNOWN,
  /** Who acknowledged, when the name was not recorded. */
  aMember: A_MEMBER,
  aMemberText: { en: A_MEMBER, de: "ein Mitglied" } satisfies Text,
  /** The Art. 34(3) exemptions in English (the evidence pack); the portal localises art34ExemptionTexts. */
  art34Exemptions: Object.fromEntries(
    Object.entries(ART34_EXEMPTIONS).map(([key, text]) => [key, text.en]),
  ) as Record<Art34Exemption, string>,
  art34ExemptionTexts: ART34_EXEMPTIONS,
  /** `timeZone`: the reader's (lib/time/reader-time-zone.ts). */
  alreadyAcknowledged: (byName: string | null, at: Date, timeZone: string): Text => ({
    en: `This notification was already acknowledged by ${byName ?? A_MEMBER} at ${formatInstant("en", at, timeZone)}.`,
    de: `Diese Meldung wurde bereits von ${byName ?? "einem Mitglied"} am ${formatInstant("de", at, timeZone)} bestätigt.`,
  }),
  invalidAuthorityTime: {
    en: "Enter a valid date and time for the authority notification.",
    de: "Geben Sie ein gültiges Datum mit Uhrzeit für die Meldung an die Behörde ein.",
  } satisfies Text,
  unknownTimeZone: (timeZone: string): Text => ({
    en: `The form named a time zone we do not know (${timeZone}). Reload the page and enter the time again.`,
    de: `Das Formular nannte eine unbekannte Zeitzone (${timeZone}). Laden Sie die Seite neu und geben Sie die Zeit erneut ein.`,
  }),
  authorityTimeInFuture: {
    en: "The authority notification time cannot be in the future.",
    de: "Der Zeitpunkt der Meldung an die Behörde kann nicht in der Zukunft liegen.",
  } satisfies Text,
  /** ADR 0016: the authority cannot have been told before our notice reached the organisation. */
  authorityTimeBeforeReached: (reachedAt: { en: string; de: string }): Text => ({
    en: `Your authority cannot have been notified before this notification reached you (${reachedAt.en}). Enter that time or a later one.`,
    de: `Ihre Behörde kann nicht gemeldet worden sein, bevor diese Meldung Sie erreicht hat (${reachedAt.de}). Geben Sie diesen oder einen späteren Zeitpunkt ein.`,
  }),
  authorityBeforeReached: {
    en: "This notification has not reached you yet, so your 72-hour clock has not started. Acknowledge it first, then record when you notified your authority.",
    de: "Diese Meldung hat Sie noch nicht erreicht, Ihre 72-Stunden-Frist läuft also noch nicht. Bestätigen Sie sie zuerst und erfassen Sie dann, wann Sie Ihre Behörde informiert haben.",
  } satisfies Text,
  authorityReferenceWithoutTime: {
    en: "Enter when you notified the authority together with its reference.",
    de: "Geben Sie zusammen mit dem Aktenzeichen an, wann Sie die Behörde informiert haben.",
  } satisfies Text,
  delayReasonRequired: {
    en: "Give the reasons for the delay: the authority is notified more than 72 hours after our notification reached you (Art. 33(1)).",
    de: "Geben Sie die Gründe für die Verzögerung an: Die Behörde wird mehr als 72 Stunden, nachdem unsere Meldung Sie erreicht hat, informiert (Art. 33 Abs. 1).",
  } satisfies Text,
} as const;
