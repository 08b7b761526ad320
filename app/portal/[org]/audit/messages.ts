// Words of the portal's audit log page (customer portal: English and German, in the reader's language).
import type { Text } from "@/lib/i18n/text";

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const PORTAL_AUDIT_MESSAGES = {
  title: { en: "Audit log", de: "Audit-Protokoll" } satisfies Text,
  description: {
    en: "Every sign-in, change and download in your organisation, recorded append-only in a hash chain.",
    de: "Jede Anmeldung, Änderung und jeder Download in Ihrer Organisation, fortlaufend und unveränderlich in einer Hash-Kette aufgezeichnet.",
  } satisfies Text,
  filters: {
    legend: { en: "Filter the events", de: "Ereignisse filtern" } satisfies Text,
    event: { en: "Event type", de: "Ereignistyp" } satisfies Text,
    allEvents: { en: "All event types", de: "Alle Ereignistypen" } satisfies Text,
    actor: { en: "Who", de: "Wer" } satisfies Text,
    actorHint: {
      en: "An email address, or system",
      de: "Eine E-Mail-Adresse oder system",
    } satisfies Text,
    from: (zone: string): Text => ({ en: `From (${zone})`, de: `Von (${zone})` }),
    to: (zone: string): Text => ({ en: `To (${zone})`, de: `Bis (${zone})` }),
    apply: { en: "Show events", de: "Ereignisse anzeigen" } satisfies Text,
    clear: { en: "Clear filters", de: "Filter zurücksetzen" } satisfies Text,
  },
  verification: {
    label: { en: "Verification", de: "Prüfung" } satisfies Text,
    notYet: {
      en: "Not verified yet. The log is verified in the background every few minutes, or now.",
      de: "Noch nicht geprüft. Das Protokoll wird alle paar Minuten im Hintergrund geprüft, oder jetzt.",
    } satisfies Text,
    intact: (events: number): Text => ({
      en: `Log verified: all ${events} ${plural(events, "event is", "events are")} intact. Checked`,
      de: `Protokoll geprüft: ${plural(events, "das Ereignis ist", `alle ${events} Ereignisse sind`)} unverändert. Geprüft am`,
    }),
    fully: {
      en: "; last check from the first event",
      de: "; zuletzt vom ersten Ereignis an geprüft am",
    } satisfies Text,
    fullyFromCheckpoint: {
      en: "; last check from the signed checkpoint",
      de: "; zuletzt vom signierten Prüfpunkt an geprüft am",
    } satisfies Text,
    pruned: (seq: number): Text => ({
      en: `Events up to #${seq} were removed after the retention period; the check starts from their signed checkpoint.`,
      de: `Ereignisse bis #${seq} wurden nach Ablauf der Aufbewahrungsfrist entfernt; die Prüfung beginnt an ihrem signierten Prüfpunkt.`,
    }),
    unverified: (count: number): Text => ({
      en: `${count} newer ${plural(count, "event was", "events were")} recorded since; the next check verifies ${plural(count, "it", "them")}.`,
      de: `Seitdem ${plural(count, "wurde 1 neueres Ereignis", `wurden ${count} neuere Ereignisse`)} aufgezeichnet; die nächste Prüfung schließt ${plural(count, "es", "sie")} ein.`,
    }),
    brokenTitle: {
      en: "The audit log does not verify",
      de: "Das Audit-Protokoll ist nicht intakt",
    } satisfies Text,
    broken: (seq: number): Text => ({
      en: `From event #${seq} on, the chain does not match what was recorded; please contact us. Found`,
      de: `Ab Ereignis #${seq} stimmt die Kette nicht mit dem Aufgezeichneten überein. Bitte wenden Sie sich an uns. Festgestellt am`,
    }),
    form: { en: "Verify the log", de: "Protokoll prüfen" } satisfies Text,
    verifyNew: { en: "Verify new events", de: "Neue Ereignisse prüfen" } satisfies Text,
    verifyFull: { en: "Verify the whole log", de: "Gesamtes Protokoll prüfen" } satisfies Text,
    verifying: { en: "Verifying…", de: "Wird geprüft …" } satisfies Text,
    hint: {
      en: "Verifying recomputes every event's hash and its link to the one before. The whole log can be verified a few times an hour.",
      de: "Die Prüfung berechnet den Hash jedes Ereignisses und seine Verknüpfung mit dem vorigen neu. Das gesamte Protokoll kann einige Male pro Stunde geprüft werden.",
    } satisfies Text,
  },
  verified: (result: { ok: boolean; checked: number; seq: number; brokenSeq?: number }): Text =>
    result.ok
      ? {
          en: `Verified ${result.checked} ${plural(result.checked, "event", "events")}: the log is intact up to event #${result.seq}.`,
          de: `${result.checked} ${plural(result.checked, "Ereignis", "Ereignisse")} geprüft: Das Protokoll ist bis Ereignis #${result.seq} intakt.`,
        }
      : {
          en: `The log does not verify at event #${result.brokenSeq}: it is intact up to event #${result.seq}.`,
          de: `Das Protokoll ist bei Ereignis #${result.brokenSeq} nicht intakt: Bis Ereignis #${result.seq} ist es unverändert.`,
        },
  summary: (count: number, zone: string, filtered: boolean): Text =>
    count === 0
      ? { en: "", de: "" }
      : {
          en: `${count} ${plural(count, "event", "events")}${filtered ? " matching the filters" : ""}, newest first. Times in ${zone}.`,
          de: `${count} ${plural(count, "Ereignis", "Ereignisse")}${filtered ? plural(count, ", das den Filtern entspricht", ", die den Filtern entsprechen") : ""}, neueste zuerst. Zeiten in ${zone}.`,
        },
  pager: {
    label: { en: "Pages of the audit log", de: "Seiten des Audit-Protokolls" } satisfies Text,
    newest: { en: "Newest events", de: "Neueste Ereignisse" } satisfies Text,
    newer: { en: "Newer events", de: "Neuere Ereignisse" } satisfies Text,
    older: { en: "Older events", de: "Ältere Ereignisse" } satisfies Text,
  },
  download: {
    label: { en: "Download", de: "Herunterladen" } satisfies Text,
    csv: { en: "Download CSV", de: "CSV herunterladen" } satisfies Text,
    json: { en: "Download JSON", de: "JSON herunterladen" } satisfies Text,
    hint: {
      en: "Every event matching the filters, not only this page. Downloads are recorded in the audit log.",
      de: "Alle Ereignisse, die den Filtern entsprechen, nicht nur diese Seite. Downloads werden im Audit-Protokoll aufgezeichnet.",
    } satisfies Text,
  },
  actorFilterTitle: (actor: string): Text => ({
    en: `Only events by ${actor}`,
    de: `Nur Ereignisse von ${actor}`,
  }),
  empty: {
    title: { en: "No events yet", de: "Noch keine Ereignisse" } satisfies Text,
    description: {
      en: "Sign-ins, changes and downloads in your organisation are recorded here.",
      de: "Anmeldungen, Änderungen und Downloads in Ihrer Organisation werden hier aufgezeichnet.",
    } satisfies Text,
  },
  emptyFiltered: {
    title: {
      en: "No events match the filters",
      de: "Keine Ereignisse entsprechen den Filtern",
    } satisfies Text,
    description: {
      en: "Widen the period, choose another event type or person, or clear the filters.",
      de: "Erweitern Sie den Zeitraum, wählen Sie einen anderen Ereignistyp oder eine andere Person, oder setzen Sie die Filter zurück.",
    } satisfies Text,
  },
  columns: {
    seq: { en: "#", de: "#" } satisfies Text,
    time: { en: "When", de: "Wann" } satisfies Text,
    event: { en: "Event", de: "Ereignis" } satisfies Text,
    actor: { en: "Who", de: "Wer" } satisfies Text,
    target: { en: "What", de: "Was" } satisfies Text,
    where: { en: "Where", de: "Wo" } satisfies Text,
  },
  caption: { en: "Events of the audit log", de: "Ereignisse des Audit-Protokolls" } satisfies Text,
};
