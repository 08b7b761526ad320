import { AuditFilterForm as Filters } from "@/app/_components/audit-log/filter-form";
import { FormField, Select } from "@/app/_ui";
import { auditEventGroups } from "@/lib/audit/event-groups";
import type { AuditLogFilter, ParsedAuditLogQuery } from "@/lib/audit/log-filter";
import type { AuditOrganization } from "@/lib/audit/log-context";
import { AUDIT_PAGE_MESSAGES } from "./messages";

const M = AUDIT_PAGE_MESSAGES.filters;

/** The staff console's filters: the shared form, with the choice of log (the provider's, or an organisation's). */
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
    <Filters
      basePath="/admin/audit"
      labels={{ ...M, from: M.from(filter.timeZone), to: M.to(filter.timeZone) }}
      eventGroups={auditEventGroups("en")}
      filter={filter}
      problems={problems}
      chainField={
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
      }
    />
  );
}
