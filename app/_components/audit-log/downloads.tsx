import { buttonClassName } from "@/app/_ui";
import { auditLogSearchParams, type AuditLogFilter } from "@/lib/audit/log-filter";

export type AuditDownloadLabels = { label: string; csv: string; json: string; hint: string };

/**
 * Links to the whole filtered log as a file (plain links: a download needs no script); `exportPath` is
 * the log's export route (/admin/audit/export, /portal/<org>/audit/export).
 */
export function AuditDownloads({
  exportPath,
  labels,
  filter,
}: {
  exportPath: string;
  labels: AuditDownloadLabels;
  filter: AuditLogFilter;
}) {
  const href = (format: "csv" | "json") => {
    const params = auditLogSearchParams(filter);
    params.set("format", format);
    return `${exportPath}?${params.toString()}`;
  };
  const link = buttonClassName({ variant: "secondary", size: "sm" });
  return (
    <div role="group" aria-label={labels.label} className="flex flex-wrap items-center gap-3">
      <a href={href("csv")} className={link} download title={labels.hint}>
        {labels.csv}
      </a>
      <a href={href("json")} className={link} download title={labels.hint}>
        {labels.json}
      </a>
    </div>
  );
}
