import type { ReactNode } from "react";
import { buttonClassName, Button, FormField, Input, Select } from "@/app/_ui";
import type { AuditEventGroup } from "@/lib/audit/event-groups";
import type { AuditLogFilter, ParsedAuditLogQuery } from "@/lib/audit/log-filter";
import { DATE_INPUT_BOUNDS } from "@/lib/time/date-input";
import Link from "next/link";

export type AuditFilterLabels = {
  legend: string;
  event: string;
  allEvents: string;
  actor: string;
  actorHint: string;
  /** The period's days, named with the zone they are read in. */
  from: string;
  to: string;
  apply: string;
  clear: string;
};

/**
 * An audit log's filters as a GET form: they land in the URL, so a filtered view works without scripts
 * and can be bookmarked or shared; applying them starts again at the newest matching event. `chainField`
 * is the staff console's choice of log (an organisation reads only its own); `basePath` the log's page.
 */
export function AuditFilterForm({
  basePath,
  labels,
  eventGroups,
  filter,
  problems,
  chainField,
}: {
  basePath: string;
  labels: AuditFilterLabels;
  eventGroups: readonly AuditEventGroup[];
  filter: AuditLogFilter;
  problems: ParsedAuditLogQuery["problems"];
  chainField?: ReactNode;
}) {
  return (
    <form
      method="get"
      action={basePath}
      aria-label={labels.legend}
      className={`grid gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2 ${chainField ? "lg:grid-cols-3" : "lg:grid-cols-4"}`}
    >
      {chainField}
      <FormField id="audit-event" label={labels.event} error={problems.event}>
        <Select name="event" defaultValue={filter.action ?? ""}>
          <option value="">{labels.allEvents}</option>
          {eventGroups.map((group) => (
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
      <FormField id="audit-actor" label={labels.actor} hint={labels.actorHint} error={problems.actor}>
        <Input
          name="actor"
          type="text"
          autoComplete="off"
          maxLength={320}
          defaultValue={filter.actor ?? ""}
        />
      </FormField>
      <FormField id="audit-from" label={labels.from} error={problems.from}>
        <Input
          name="from"
          type="date"
          min={DATE_INPUT_BOUNDS.minDay}
          max={DATE_INPUT_BOUNDS.maxDay}
          defaultValue={filter.from ?? ""}
        />
      </FormField>
      <FormField id="audit-to" label={labels.to} error={problems.to}>
        <Input
          name="to"
          type="date"
          min={DATE_INPUT_BOUNDS.minDay}
          max={DATE_INPUT_BOUNDS.maxDay}
          defaultValue={filter.to ?? ""}
        />
      </FormField>
      <div
        className={`flex flex-wrap items-center gap-3 sm:col-span-2 ${chainField ? "lg:col-span-3" : "lg:col-span-4"}`}
      >
        <Button type="submit">{labels.apply}</Button>
        <Link href={basePath} className={buttonClassName({ variant: "ghost" })}>
          {labels.clear}
        </Link>
      </div>
    </form>
  );
}
