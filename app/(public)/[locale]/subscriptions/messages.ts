import type { Locale } from "@/lib/i18n/locale";

/** Words of the pages behind the links in subscription emails, in each language. */
export const SUBSCRIPTION_MESSAGES: Record<
  Locale,
  {
    confirmTitle: string;
    confirmIntro: string;
    confirmButton: string;
    confirming: string;
    confirmed: string;
    confirmExpiredTitle: string;
    confirmExpired: string;
    confirmUnknownTitle: string;
    confirmUnknown: string;
    unsubscribeTitle: string;
    unsubscribeIntro: string;
    unsubscribeButton: string;
    unsubscribing: string;
    unsubscribed: string;
    alreadyUnsubscribedTitle: string;
    alreadyUnsubscribed: string;
    unsubscribeUnknownTitle: string;
    unsubscribeUnknown: string;
    backToList: string;
  }
> = {
  en: {
    confirmTitle: "Confirm your subscription",
    confirmIntro:
      "Select the button to receive an email whenever a change to our subprocessors is announced.",
    confirmButton: "Confirm subscription",
    confirming: "Confirming…",
    confirmed: "Thank you: your subscription is confirmed. Every email has a link to unsubscribe.",
    confirmExpiredTitle: "This confirmation link has expired",
    confirmExpired:
      "Confirmation links work for 48 hours. Subscribe again on the subprocessor page to get a new one.",
    confirmUnknownTitle: "This confirmation link does not work",
    confirmUnknown:
      "It may have been used already: if you confirmed before, you are subscribed. Otherwise subscribe again on the subprocessor page.",
    unsubscribeTitle: "Unsubscribe from subprocessor changes",
    unsubscribeIntro: "Select the button and we stop emailing you about changes to our subprocessors.",
    unsubscribeButton: "Unsubscribe",
    unsubscribing: "Unsubscribing…",
    unsubscribed: "You are unsubscribed. We will not email you about subprocessor changes any more.",
    alreadyUnsubscribedTitle: "You are already unsubscribed",
    alreadyUnsubscribed:
      "We do not email this address about subprocessor changes. You can subscribe again at any time.",
    unsubscribeUnknownTitle: "This unsubscribe link does not work",
    unsubscribeUnknown: "Check that the whole link was copied from the email.",
    backToList: "Go to the subprocessor list",
  },
  de: {
    confirmTitle: "Abonnement bestätigen",
    confirmIntro:
      "Wählen Sie die Schaltfläche, um bei jeder angekündigten Änderung unserer Unterauftragsverarbeiter eine E-Mail zu erhalten.",
    confirmButton: "Abonnement bestätigen",
    confirming: "Wird bestätigt…",
    confirmed: "Vielen Dank: Ihr Abonnement ist bestätigt. Jede E-Mail enthält einen Link zum Abbestellen.",
    confirmExpiredTitle: "Dieser Bestätigungslink ist abgelaufen",
    confirmExpired:
      "Bestätigungslinks gelten 48 Stunden. Abonnieren Sie erneut auf der Seite der Unterauftragsverarbeiter, um einen neuen zu erhalten.",
    confirmUnknownTitle: "Dieser Bestätigungslink funktioniert nicht",
    confirmUnknown:
      "Vielleicht wurde er schon verwendet: Haben Sie bereits bestätigt, ist Ihr Abonnement aktiv. Andernfalls abonnieren Sie bitte erneut.",
    unsubscribeTitle: "Änderungsmitteilungen abbestellen",
    unsubscribeIntro:
      "Wählen Sie die Schaltfläche, und wir schreiben Ihnen nicht mehr über Änderungen unserer Unterauftragsverarbeiter.",
    unsubscribeButton: "Abbestellen",
    unsubscribing: "Wird abbestellt…",
    unsubscribed:
      "Sie haben abbestellt. Wir schreiben Ihnen nicht mehr über Änderungen der Unterauftragsverarbeiter.",
    alreadyUnsubscribedTitle: "Sie haben bereits abbestellt",
    alreadyUnsubscribed:
      "Wir schreiben dieser Adresse nicht über Änderungen der Unterauftragsverarbeiter. Sie können jederzeit erneut abonnieren.",
    unsubscribeUnknownTitle: "Dieser Abmeldelink funktioniert nicht",
    unsubscribeUnknown: "Prüfen Sie, ob der vollständige Link aus der E-Mail kopiert wurde.",
    backToList: "Zur Liste der Unterauftragsverarbeiter",
  },
};
