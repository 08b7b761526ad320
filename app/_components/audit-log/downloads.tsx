import { buttonClassName } from "@/app/_ui";
import { auditLogSearchParams, type AuditLogFilter } from "@/lib/audit/log-filter";
import { AUDIT_PAGE_MESSAGES } from "./messages";

const M = AUDIT_PAGE_MESSAGES.download;

/** Links to the whole filtered log as a file (plain links: a download needs no script). */
export function AuditDownloads({ filter }: { filter: AuditLogFilter }) {
  const href = (format: "csv" | "json") => {
    const params = auditLogSearchParams(filter);
    params.set("format", format);
    return `/admin/audit/export?${params.toString()}`;
  };
  const link = buttonClassName({ variant: "secondary", size: "sm" });
  return (
    <div role="group" aria-label={M.label} className="flex flex-wrap items-center gap-3">
      <a href={href("csv")} className={link} download title={M.hint}>
        {M.csv}
      </a>
      <a href={href("json")} className={link} download title={M.hint}>
        {M.json}
      </a>
    </div>
  );
}
