// How a data-subject request's status, progress and due dates look, in the portal (English or German)
// and in the console (English): one badge per status, "2 of 3 done" with what needs attention, and a due
// date as the end of its day in the organisation's zone, marked when it has passed.
import { Badge, type BadgeTone } from "@/app/_ui";
import type { DsrStatus } from "@/lib/generated/prisma/enums";
import { DSR_STATUS_LABELS } from "@/lib/dsr/messages";
import type { DsrProgress } from "@/lib/dsr/progress";
import { formatInstant } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";

const STATUS_TONE: Record<DsrStatus, BadgeTone> = {
  FORWARDED: "warning",
  OPEN: "info",
  IN_PROGRESS: "info",
  COMPLETED: "success",
  DECLINED: "danger",
  CANCELLED: "neutral",
};

export function DsrStatusBadge({ status, locale }: { status: DsrStatus; locale: Locale }) {
  return <Badge tone={STATUS_TONE[status]}>{localize(DSR_STATUS_LABELS[status], locale)}</Badge>;
}

const WORDS = {
  none: { en: "No connected system", de: "Kein angebundenes System" },
  done: (done: number, total: number): Text => ({
    en: `${done} of ${total} done`,
    de: `${done} von ${total} erledigt`,
  }),
  running: (n: number): Text => ({ en: `${n} running`, de: `${n} in Arbeit` }),
  blocked: (n: number): Text => ({ en: `${n} blocked`, de: `${n} blockiert` }),
  failed: (n: number): Text => ({ en: `${n} failed`, de: `${n} fehlgeschlagen` }),
  overdue: { en: "Overdue", de: "Überfällig" },
};

export function DsrProgressSummary({ progress, locale }: { progress: DsrProgress; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  if (progress.total === 0) return <span className="text-gray-600">{t(WORDS.none)}</span>;
  const finished =
    progress.DONE + progress.NOT_FOUND + progress.BLOCKED + progress.FAILED + progress.CANCELLED;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span>{t(WORDS.done(finished, progress.total))}</span>
      {progress.WAITING > 0 && <Badge tone="info">{t(WORDS.running(progress.WAITING))}</Badge>}
      {progress.BLOCKED > 0 && <Badge tone="warning">{t(WORDS.blocked(progress.BLOCKED))}</Badge>}
      {progress.FAILED > 0 && <Badge tone="danger">{t(WORDS.failed(progress.FAILED))}</Badge>}
    </span>
  );
}

/** A due date in the organisation's zone ("5 April 2026, 23:59 CEST"), with "Overdue" once passed. */
export function DsrDueDate({
  at,
  timeZone,
  overdue,
  locale,
}: {
  at: Date;
  timeZone: string;
  overdue: boolean;
  locale: Locale;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <time dateTime={at.toISOString()} className={overdue ? "font-semibold text-danger-800" : undefined}>
        {formatInstant(locale, at, timeZone)}
      </time>
      {overdue && <Badge tone="danger">{localize(WORDS.overdue, locale)}</Badge>}
    </span>
  );
}
