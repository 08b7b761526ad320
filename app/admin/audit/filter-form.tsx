import { buttonClassName, Button, FormField, Input, Select } from "@/app/_ui";
import { AUDIT_EVENT_LABELS, type AuditAction } from "@/lib/audit/events";
import type { AuditLogFilter, ParsedAuditLogQuery } from "@/lib/audit/log-filter";
import type { AuditOrganization } from "@/lib/audit/provider-log";
import { DATE_INPUT_BOUNDS } from "@/lib/time/date-input";
import Link from "next/link";
import { AUDIT_PAGE_MESSAGES } from "./messages";

const M = AUDIT_PAGE_MESSAGES.filters;

/** The catalogue's events by area ("auth", "breach", …), each area's events by name. */
function eventGroups(): { area: string; label: string; events: { action: AuditAction; name: string }[] }[] {
  const groups = new Map<string, { action: AuditAction; name: string }[]>();
  for (const [action, label] of Object.entries(AUDIT_EVENT_LABELS) as [AuditAction, { en: string }][]) {
    const area = action.split(".")[0]!;
    groups.set(area, [...(groups.get(area) ?? []), { action, name: label.en }]);
  }
  return [...groups].map(([area, events]) => ({
    area,
    label: AUDIT_PAGE_MESSAGES.eventAreas[area] ?? area,
    events: events.sort((a, b) => a.name.localeCompare(b.name, "en")),
  }));
}

/**
 * The filters as a GET form: they land in the URL, so a filtered view works without scripts and can be
 * bookmarked or shared; applying them starts again at the newest matching event.
 */
export function AuditFilterForm({
  filter,
  problems,
  organizations,
}: {
  filter: AuditLogFilter;
  problems: ParsedAuditLogQuery["problems"];
  organizations: readonly AuditOrganization[];
}) {
  return (
    <form
      method="get"
      action="/admin/audit"
      aria-label={M.legend}
      className="grid gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <FormField id="audit-org" label={M.organization} error={problems.org}>
        <Select name="org" defaultValue={filter.organizationId ?? ""}>
          <option value="">{M.providerChain}</option>
          <optgroup label={M.organizationsGroup}>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </optgroup>
        </Select>
      </FormField>
      <FormField id="audit-event" label={M.event} error={problems.event}>
        <Select name="event" defaultValue={filter.action ?? ""}>
          <option value="">{M.allEvents}</option>
          {eventGroups().map((group) => (
            <optgroup key={group.area} label={group.label}>
              {group.events.map((e) => (
                <option key={e.action} value={e.action}>
                  {e.name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </FormField>
      <FormField id="audit-actor" label={M.actor} hint={M.actorHint} error={problems.actor}>
        <Input
          name="actor"
          type="text"
          autoComplete="off"
          maxLength={320}
          defaultValue={filter.actor ?? ""}
        />
      </FormField>
      <FormField id="audit-from" label={M.from(filter.timeZone)} error={problems.from}>
        <Input
          name="from"
          type="date"
          min={DATE_INPUT_BOUNDS.minDay}
          max={DATE_INPUT_BOUNDS.maxDay}
          defaultValue={filter.from ?? ""}
        />
      </FormField>
      <FormField id="audit-to" label={M.to(filter.timeZone)} error={problems.to}>
        <Input
          name="to"
          type="date"
          min={DATE_INPUT_BOUNDS.minDay}
          max={DATE_INPUT_BOUNDS.maxDay}
          defaultValue={filter.to ?? ""}
        />
      </FormField>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{M.apply}</Button>
        <Link href="/admin/audit" className={buttonClassName({ variant: "ghost" })}>
          {M.clear}
        </Link>
      </div>
    </form>
  );
}
