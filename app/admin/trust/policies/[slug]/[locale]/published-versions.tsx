import { DataTable, DateTime } from "@/app/_ui";
import { formatCalendarDate } from "@/lib/i18n/format";
import type { StaffVersionRow } from "@/lib/trust/policies/staff-views";
import { POLICY_CONSOLE_MESSAGES } from "../../messages";

/** Every published version of this language: number, dates, hash, change note and who published it. */
export function PublishedVersions({ versions }: { versions: StaffVersionRow[] }) {
  return (
    <DataTable
      caption="Published versions, newest first"
      hideCaption
      rows={versions}
      rowKey={(version) => String(version.version)}
      empty={{
        title: "Not published yet",
        description: "Write the text above, then publish it as version 1.",
      }}
      columns={[
        { header: "Version", className: "font-medium", cell: (version) => version.version },
        {
          header: "Effective",
          className: "whitespace-nowrap",
          cell: (version) => formatCalendarDate("en", version.effectiveDate),
        },
        {
          header: "Published",
          className: "whitespace-nowrap",
          cell: (version) => <DateTime value={version.publishedAt} />,
        },
        { header: "What changed", cell: (version) => version.changelog },
        {
          header: "SHA-256",
          cell: (version) => (
            <code className="block max-w-48 break-all font-mono text-xs">{version.contentHash}</code>
          ),
        },
        {
          header: "Published by",
          cell: (version) => POLICY_CONSOLE_MESSAGES.publishedBy(version.publishedBy),
        },
      ]}
    />
  );
}
