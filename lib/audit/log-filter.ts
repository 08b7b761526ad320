// An audit log's filters as they travel in the URL (a GET form, so they work without scripts and can be
// bookmarked or shared): which chain (staff: the provider's, or one organisation's; the customer portal
// always shows its own organisation's), one event type, one actor, a period of calendar days, and the
// keyset cursor. The days are read in the reader's time zone (ctx.timeZone, lib/time/reader-time-zone.ts),
// which is not part of the URL. The staff console and the portal, their pages and their exports, read the
// same parameters through this one parser. Pure.
import { wallTimeToUtc } from "../incidents/register/wall-time.ts";
import { parseIsoDate } from "../time/calendar-date.ts";
import type { Locale } from "../i18n/locale.ts";
import { localize } from "../i18n/text.ts";
import { MAX_YEAR, MIN_YEAR } from "../time/date-bounds.ts";
import { isAuditAction, type AuditAction } from "./events.ts";
import { AUDIT_LOG_MESSAGES } from "./messages.ts";

export type AuditLogFilter = {
  /** An organisation's id: its chain; null: the provider's chain. */
  organizationId: string | null;
  action: AuditAction | null;
  /**
   * The actor's label as stored (an email address, or "system"), matched exactly; in an organisation's
   * own log, PROVIDER_STAFF_ACTOR means every event of the provider's staff (lib/audit/log-actors.ts).
   */
  actor: string | null;
  /** The first day of the period, YYYY-MM-DD in `timeZone`. */
  from: string | null;
  /** The last day of the period (inclusive), YYYY-MM-DD in `timeZone`. */
  to: string | null;
  /** The zone times are shown in and the period's days are read in: the reader's. */
  timeZone: string;
};

/** The actor filter that names every event of the provider's staff in an organisation's own log. */
export const PROVIDER_STAFF_ACTOR = "provider-staff";

/** Where a page starts: the newest events, or older than / newer than an event of the chain. */
export type AuditLogCursor = { before: number } | { after: number } | null;

export type AuditLogParams = Record<string, string | string[] | undefined>;

export type ParsedAuditLogQuery = {
  filter: AuditLogFilter;
  cursor: AuditLogCursor;
  /** Parameters that were not understood and so were left out, with what was wrong (field → sentence). */
  problems: Partial<Record<"org" | "event" | "actor" | "from" | "to", string>>;
};

const ID = /^[a-z0-9]{8,40}$/i;

function single(params: AuditLogParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

function day(value: string): string | null {
  const year = Number(value.slice(0, 4));
  return parseIsoDate(value) && year >= MIN_YEAR && year <= MAX_YEAR ? value : null;
}

function seq(value: string): number | null {
  return /^\d{1,10}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** The filters of `params`, the period's days read in `timeZone` (the reader's), problems in `locale`. */
export function parseAuditLogQuery(
  params: AuditLogParams,
  timeZone: string,
  locale: Locale = "en",
): ParsedAuditLogQuery {
  const problems: ParsedAuditLogQuery["problems"] = {};
  const M = Object.fromEntries(
    Object.entries(AUDIT_LOG_MESSAGES.filter).map(([key, text]) => [key, localize(text, locale)]),
  ) as Record<keyof typeof AUDIT_LOG_MESSAGES.filter, string>;

  const org = single(params, "org");
  if (org && !ID.test(org)) problems.org = M.organization;
  const event = single(params, "event");
  if (event && !isAuditAction(event)) problems.event = M.event;
  const actor = single(params, "actor").toLowerCase().slice(0, 320);
  const fromText = single(params, "from");
  const from = fromText ? day(fromText) : null;
  if (fromText && !from) problems.from = M.day;
  const toText = single(params, "to");
  let to = toText ? day(toText) : null;
  if (toText && !to) problems.to = M.day;
  if (from && to && to < from) {
    problems.to = M.periodOrder;
    to = null;
  }

  const before = seq(single(params, "before"));
  const after = seq(single(params, "after"));
  return {
    filter: {
      organizationId: org && !problems.org ? org : null,
      action: event && isAuditAction(event) ? event : null,
      actor: actor || null,
      from,
      to,
      timeZone,
    },
    cursor: before ? { before } : after ? { after } : null,
    problems,
  };
}

/** The period as UTC instants: from the start of `from` to the end of `to`, both in the filter's zone. */
export function periodBounds(filter: AuditLogFilter): { gte?: Date; lt?: Date } {
  const start = (dayText: string) => wallTimeToUtc(`${dayText}T00:00`, filter.timeZone);
  const nextDay = (dayText: string) => {
    const next = new Date(parseIsoDate(dayText)!.getTime() + 86_400_000).toISOString().slice(0, 10);
    return start(next);
  };
  return {
    ...(filter.from ? { gte: start(filter.from) ?? undefined } : {}),
    ...(filter.to ? { lt: nextDay(filter.to) ?? undefined } : {}),
  };
}

/** The filter as URL parameters (empty ones left out), for links that keep it: paging, export. */
export function auditLogSearchParams(filter: AuditLogFilter, cursor: AuditLogCursor = null): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.organizationId) params.set("org", filter.organizationId);
  if (filter.action) params.set("event", filter.action);
  if (filter.actor) params.set("actor", filter.actor);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (cursor && "before" in cursor) params.set("before", String(cursor.before));
  if (cursor && "after" in cursor) params.set("after", String(cursor.after));
  return params;
}

/** Whether any filter narrows the chain (the chain's choice itself is not a narrowing). */
export function isFiltered(filter: AuditLogFilter): boolean {
  return Boolean(filter.action || filter.actor || filter.from || filter.to);
}
