// Words of the portal's account closure page (org.closure.manage: owners) and of the read-only banner every
// portal page shows while the organisation is being closed, English and German.
import type { Text } from "@/lib/i18n/text";
import type { AccountClosureStatus } from "@/lib/generated/prisma/enums";

export const CLOSURE_NAV: Text = { en: "Close account", de: "Konto schließen" };

export const CLOSURE_PAGE_MESSAGES = {
  title: { en: "Close the account", de: "Konto schließen" } satisfies Text,
  description: {
    en: "At the end of the contract you choose whether Article28 returns your organisation's data (you export it) or deletes it right away. Either way the organisation is deleted from Article28 and from every connected system, and every owner receives a signed deletion certificate.",
    de: "Am Ende des Vertrags wählen Sie, ob Article28 die Daten Ihrer Organisation zurückgibt (Sie exportieren sie) oder sofort löscht. In beiden Fällen wird die Organisation aus Article28 und aus jedem angebundenen System gelöscht, und jeder Inhaber erhält ein signiertes Löschzertifikat.",
  } satisfies Text,
  reauthPurpose: {
    en: "Closing the account needs a recent confirmation.",
    de: "Das Schließen des Kontos erfordert eine aktuelle Bestätigung.",
  } satisfies Text,
  formTitle: { en: "Ask to close the account", de: "Schließung des Kontos beantragen" } satisfies Text,
  choice: { en: "What should happen to the data?", de: "Was soll mit den Daten geschehen?" } satisfies Text,
  returnChoice: (days: number): Text => ({
    en: `Return, then deletion: the organisation stays readable for ${days} days, in which you export its data; then it is deleted.`,
    de: `Rückgabe, dann Löschung: Die Organisation bleibt ${days} Tage lesbar, in denen Sie ihre Daten exportieren; danach wird sie gelöscht.`,
  }),
  deletionChoice: (days: number): Text => ({
    en: `Deletion: no copy needed. The organisation is deleted after ${days} days, in which you can still change your mind.`,
    de: `Löschung: keine Kopie nötig. Die Organisation wird nach ${days} Tagen gelöscht; bis dahin können Sie es sich noch anders überlegen.`,
  }),
  readOnlyNote: (within: number): Text => ({
    en: `From the moment you ask, the organisation is read-only: nobody can change anything, but everyone can still read and the owners and admins can export. The deletion is completed within ${within} days, unless a legal hold requires the data to be kept.`,
    de: `Ab dem Antrag ist die Organisation schreibgeschützt: Niemand kann etwas ändern, aber alle können weiterhin lesen, und Inhaber und Administratoren können exportieren. Die Löschung ist innerhalb von ${within} Tagen abgeschlossen, sofern keine rechtliche Sperre die Aufbewahrung verlangt.`,
  }),
  confirmation: (slug: string): Text => ({
    en: `Type "${slug}" to confirm`,
    de: `Geben Sie zur Bestätigung „${slug}“ ein`,
  }),
  submit: { en: "Close the account", de: "Konto schließen" } satisfies Text,
  submitting: { en: "Closing…", de: "Wird geschlossen…" } satisfies Text,
  requested: (reference: string): Text => ({
    en: `The closure ${reference} was recorded. The organisation is now read-only.`,
    de: `Die Schließung ${reference} wurde erfasst. Die Organisation ist jetzt schreibgeschützt.`,
  }),
  currentTitle: { en: "Closure in progress", de: "Laufende Schließung" } satisfies Text,
  reference: { en: "Reference", de: "Referenz" } satisfies Text,
  status: { en: "Status", de: "Status" } satisfies Text,
  chosen: { en: "Choice", de: "Wahl" } satisfies Text,
  choices: {
    RETURN: { en: "Return, then deletion", de: "Rückgabe, dann Löschung" },
    DELETION: { en: "Deletion", de: "Löschung" },
  } satisfies Record<"RETURN" | "DELETION", Text>,
  requestedAt: { en: "Requested", de: "Beantragt" } satisfies Text,
  by: { en: "by", de: "von" } satisfies Text,
  deleteAfter: { en: "Deletion starts after", de: "Löschung beginnt nach" } satisfies Text,
  deleteBy: { en: "Deleted by", de: "Gelöscht bis" } satisfies Text,
  statuses: {
    SCHEDULED: { en: "Read-only, deletion scheduled", de: "Schreibgeschützt, Löschung geplant" },
    HELD: { en: "Kept by a legal hold", de: "Durch rechtliche Sperre aufbewahrt" },
    DELETING: { en: "Being deleted", de: "Wird gelöscht" },
    COMPLETED: { en: "Deleted", de: "Gelöscht" },
    CANCELLED: { en: "Cancelled", de: "Abgebrochen" },
  } satisfies Record<AccountClosureStatus, Text>,
  held: (reference: string): Text => ({
    en: `Legal hold ${reference}: the data is kept until the hold is released; the deletion then continues.`,
    de: `Rechtliche Sperre ${reference}: Die Daten werden aufbewahrt, bis die Sperre aufgehoben ist; danach wird die Löschung fortgesetzt.`,
  }),
  exportLink: { en: "Export all data", de: "Alle Daten exportieren" } satisfies Text,
  cancel: { en: "Cancel the closure", de: "Schließung abbrechen" } satisfies Text,
  cancelling: { en: "Cancelling…", de: "Wird abgebrochen…" } satisfies Text,
  cancelled: (reference: string): Text => ({
    en: `The closure ${reference} was cancelled. The organisation can be changed again.`,
    de: `Die Schließung ${reference} wurde abgebrochen. Die Organisation kann wieder geändert werden.`,
  }),
  notCancellable: {
    en: "The deletion has started; it can no longer be cancelled.",
    de: "Die Löschung hat begonnen; sie kann nicht mehr abgebrochen werden.",
  } satisfies Text,
};

export const CLOSING_BANNER_MESSAGES = {
  title: {
    en: "This organisation is being closed",
    de: "Diese Organisation wird geschlossen",
  } satisfies Text,
  body: {
    en: "It is read-only: nothing can be changed any more. You can still read everything, and owners and admins can export all data until the deletion starts.",
    de: "Sie ist schreibgeschützt: Es kann nichts mehr geändert werden. Sie können weiterhin alles lesen, und Inhaber und Administratoren können alle Daten exportieren, bis die Löschung beginnt.",
  } satisfies Text,
  details: { en: "Closure details", de: "Details der Schließung" } satisfies Text,
};
