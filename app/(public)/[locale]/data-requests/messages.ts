// Words of the public form for data subjects (English and German, by the page's language). The answer
// after sending is the same whatever was entered: it never says whether the company named is a customer.
import type { Locale } from "@/lib/i18n/locale";

type Field = "name" | "email" | "company" | "type" | "message";

export type DataRequestWords = {
  title: string;
  intro: string;
  fastest: string;
  kept: (days: number) => string;
  formLabel: string;
  name: string;
  email: string;
  emailHint: string;
  company: string;
  companyHint: string;
  type: string;
  choose: string;
  types: Record<"ACCESS" | "ERASURE" | "RECTIFICATION" | "RESTRICTION" | "PORTABILITY" | "OBJECTION", string>;
  message: string;
  messageHint: string;
  website: string;
  submit: string;
  sending: string;
  correctFields: string;
  fieldErrors: Record<Field, string>;
  receivedTitle: string;
  received: string;
  throttled: (minutes: number) => string;
};

export const DATA_REQUESTS: Record<Locale, DataRequestWords> = {
  en: {
    title: "Your data protection rights",
    intro:
      "We process personal data on behalf of the companies we work for, and only on their instructions. Requests about your data — access, erasure, correction, restriction, portability, objection — are decided by the company you are a customer of.",
    fastest:
      "The fastest way is to contact that company directly. If you cannot, write to us here: we pass your message on to the company concerned, which decides and answers you. We do not act on it ourselves.",
    kept: (days) =>
      `We keep your message only until the company concerned has decided about it, or for ${days} days if it concerns none of the companies we work for. Then we delete it.`,
    formLabel: "Message about your personal data",
    name: "Your name",
    email: "Your email address",
    emailHint: "We send a confirmation here; the company answers you at this address.",
    company: "The company you are a customer of",
    companyHint: "As you know it, e.g. the shop or service you use.",
    type: "What are you asking for?",
    choose: "Choose…",
    types: {
      ACCESS: "A copy of my data (access)",
      ERASURE: "Erase my data",
      RECTIFICATION: "Correct my data",
      RESTRICTION: "Restrict the use of my data",
      PORTABILITY: "My data in a machine-readable form (portability)",
      OBJECTION: "I object to the use of my data",
    },
    message: "Your message (optional)",
    messageHint: "Anything that helps the company find you or understand your request.",
    website: "Leave this field empty",
    submit: "Send",
    sending: "Sending…",
    correctFields: "Please correct the highlighted fields.",
    fieldErrors: {
      name: "Enter your name.",
      email: "Enter your email address, like name@example.com.",
      company: "Enter the company you are a customer of.",
      type: "Choose what you are asking for.",
      message: "Keep your message under 4,000 characters, as plain text.",
    },
    receivedTitle: "Thank you, we received your message",
    received:
      "If it concerns a company we work for, we pass it on to that company, which decides about your request and answers you. We have sent a confirmation to your email address.",
    throttled: (minutes) =>
      `Too many messages were sent from here. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  },
  de: {
    title: "Ihre Datenschutzrechte",
    intro:
      "Wir verarbeiten personenbezogene Daten im Auftrag der Unternehmen, für die wir arbeiten, und nur nach deren Weisung. Über Anfragen zu Ihren Daten — Auskunft, Löschung, Berichtigung, Einschränkung, Datenübertragbarkeit, Widerspruch — entscheidet das Unternehmen, dessen Kunde Sie sind.",
    fastest:
      "Am schnellsten wenden Sie sich direkt an dieses Unternehmen. Wenn das nicht möglich ist, schreiben Sie uns hier: Wir leiten Ihre Nachricht an das betreffende Unternehmen weiter, das entscheidet und Ihnen antwortet. Wir selbst werden nicht tätig.",
    kept: (days) =>
      `Wir bewahren Ihre Nachricht nur auf, bis das betreffende Unternehmen darüber entschieden hat, oder ${days} Tage, wenn sie keines der Unternehmen betrifft, für die wir arbeiten. Danach löschen wir sie.`,
    formLabel: "Nachricht zu Ihren personenbezogenen Daten",
    name: "Ihr Name",
    email: "Ihre E-Mail-Adresse",
    emailHint: "Hierhin senden wir eine Bestätigung; das Unternehmen antwortet Ihnen an diese Adresse.",
    company: "Das Unternehmen, dessen Kunde Sie sind",
    companyHint: "So, wie Sie es kennen, z. B. der Shop oder Dienst, den Sie nutzen.",
    type: "Worum bitten Sie?",
    choose: "Bitte wählen…",
    types: {
      ACCESS: "Eine Kopie meiner Daten (Auskunft)",
      ERASURE: "Meine Daten löschen",
      RECTIFICATION: "Meine Daten berichtigen",
      RESTRICTION: "Die Verarbeitung meiner Daten einschränken",
      PORTABILITY: "Meine Daten in maschinenlesbarer Form (Datenübertragbarkeit)",
      OBJECTION: "Ich widerspreche der Verarbeitung meiner Daten",
    },
    message: "Ihre Nachricht (optional)",
    messageHint: "Alles, was dem Unternehmen hilft, Sie zu finden oder Ihre Anfrage zu verstehen.",
    website: "Dieses Feld leer lassen",
    submit: "Senden",
    sending: "Wird gesendet…",
    correctFields: "Bitte korrigieren Sie die markierten Felder.",
    fieldErrors: {
      name: "Geben Sie Ihren Namen an.",
      email: "Geben Sie Ihre E-Mail-Adresse an, z. B. name@example.com.",
      company: "Geben Sie das Unternehmen an, dessen Kunde Sie sind.",
      type: "Wählen Sie, worum Sie bitten.",
      message: "Ihre Nachricht darf höchstens 4.000 Zeichen lang sein, als einfacher Text.",
    },
    receivedTitle: "Vielen Dank, wir haben Ihre Nachricht erhalten",
    received:
      "Betrifft sie ein Unternehmen, für das wir arbeiten, leiten wir sie an dieses Unternehmen weiter; es entscheidet über Ihre Anfrage und antwortet Ihnen. Wir haben Ihnen eine Bestätigung an Ihre E-Mail-Adresse gesendet.",
    throttled: (minutes) =>
      `Von hier wurden zu viele Nachrichten gesendet. Bitte versuchen Sie es in ${minutes} Minute${minutes === 1 ? "" : "n"} erneut.`,
  },
};

export const FOOTER_LINK: Record<Locale, string> = {
  en: "Your data protection rights",
  de: "Ihre Datenschutzrechte",
};
