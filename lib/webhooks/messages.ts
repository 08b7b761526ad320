// Sentences lib/webhooks writes itself: refusals of endpoint changes, and the email to an
// organisation's owners and admins when an endpoint is disabled (in the organisation's language).
import type { Locale } from "../i18n/locale.ts";
import type { Text } from "../i18n/text.ts";
import { quoted } from "../text/quote.ts";

export const WEBHOOK_MESSAGES = {
  urlRequired: "Enter the endpoint's URL.",
  urlShape: "Enter an https:// URL without user name or password.",
  eventRequired: "Choose at least one event.",
  privateAddress: {
    en: "This address leads to a private or local network. Webhooks go only to public https endpoints.",
    de: "Diese Adresse führt in ein privates oder lokales Netz. Webhooks gehen nur an öffentliche https-Endpunkte.",
  } satisfies Text,
  unresolvable: {
    en: "This address's host name could not be resolved. Check it, or add it once its DNS entry exists.",
    de: "Der Hostname dieser Adresse ließ sich nicht auflösen. Prüfen Sie ihn, oder fügen Sie ihn hinzu, sobald sein DNS-Eintrag besteht.",
  } satisfies Text,
  notHttps: {
    en: "Enter an https:// URL without user name or password.",
    de: "Geben Sie eine https://-Adresse ohne Benutzername und Passwort ein.",
  } satisfies Text,
  tooMany: (max: number): Text => ({
    en: `An organisation can have at most ${max} webhook endpoints. Remove one first.`,
    de: `Eine Organisation kann höchstens ${max} Webhook-Endpunkte haben. Entfernen Sie zuerst einen.`,
  }),
  disabled: {
    en: "This endpoint is disabled. Enable it before sending a test event.",
    de: "Dieser Endpunkt ist deaktiviert. Aktivieren Sie ihn, bevor Sie ein Testereignis senden.",
  } satisfies Text,
  notDisabled: {
    en: "This endpoint is already enabled.",
    de: "Dieser Endpunkt ist bereits aktiv.",
  } satisfies Text,
  testMessage:
    "This is a test event from Article28. If your receiver verified its signature, the endpoint works.",
  disabledEmail: (
    locale: Locale,
    facts: { organization: string; url: string; failures: number; portalUrl: string },
  ): { subject: string; text: string } => {
    const organization = quoted(facts.organization, { locale });
    const url = quoted(facts.url, { locale });
    return locale === "de"
      ? {
          subject: `Webhook-Endpunkt für ${organization} deaktiviert`,
          text: [
            `Der Webhook-Endpunkt ${url} von ${organization} ist bei ${facts.failures} Zustellversuchen in Folge gescheitert und wurde deaktiviert. Ereignisse werden nicht mehr an ihn gesendet.`,
            "",
            `Beheben Sie den Fehler beim Empfänger, aktivieren Sie den Endpunkt wieder und senden Sie ein Testereignis: ${facts.portalUrl}`,
          ].join("\n"),
        }
      : {
          subject: `Webhook endpoint disabled for ${organization}`,
          text: [
            `The webhook endpoint ${url} of ${organization} failed ${facts.failures} delivery attempts in a row and has been disabled. Events are no longer sent to it.`,
            "",
            `Fix the receiver, then enable the endpoint again and send a test event: ${facts.portalUrl}`,
          ].join("\n"),
        };
  },
};
