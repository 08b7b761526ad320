// The catalogue's events for an event-type list: by area ("auth", "breach", …, named in the reader's
// language), each area's events by name. The portal leaves out the areas only the provider's own chain
// holds. Pure.
import type { Locale } from "../i18n/locale.ts";
import { localize } from "../i18n/text.ts";
import { AUDIT_EVENT_LABELS, type AuditAction } from "./events.ts";
import { AUDIT_EVENT_AREAS } from "./messages.ts";

export type AuditEventGroup = {
  area: string;
  label: string;
  events: { action: AuditAction; name: string }[];
};

/** Areas whose events are the provider's own business: never in an organisation's chain. */
export const PROVIDER_ONLY_AREAS: readonly string[] = ["admin", "provider", "trust", "hold"];

export function auditEventGroups(locale: Locale, leaveOut: readonly string[] = []): AuditEventGroup[] {
  const groups = new Map<string, { action: AuditAction; name: string }[]>();
  for (const [action, label] of Object.entries(AUDIT_EVENT_LABELS) as [AuditAction, { en: string }][]) {
    const area = action.split(".")[0]!;
    if (leaveOut.includes(area)) continue;
    groups.set(area, [...(groups.get(area) ?? []), { action, name: localize(label, locale) }]);
  }
  return [...groups].map(([area, events]) => ({
    area,
    label: AUDIT_EVENT_AREAS[area] ? localize(AUDIT_EVENT_AREAS[area], locale) : area,
    events: events.sort((a, b) => a.name.localeCompare(b.name, locale)),
  }));
}
