import Link from "next/link";
import { buttonClassName } from "@/app/_ui";
import { auditLogSearchParams, type AuditLogCursor, type AuditLogFilter } from "@/lib/audit/log-filter";

export type AuditPagerLabels = { label: string; newest: string; newer: string; older: string };

/**
 * Links to the pages before and after this one (keyset on seq), keeping the filters; `basePath` is the
 * log's page (/admin/audit, /portal/<org>/audit).
 */
export function AuditPager({
  basePath,
  labels,
  filter,
  newestSeq,
  oldestSeq,
  hasNewer,
  hasOlder,
}: {
  basePath: string;
  labels: AuditPagerLabels;
  filter: AuditLogFilter;
  newestSeq: number | null;
  oldestSeq: number | null;
  hasNewer: boolean;
  hasOlder: boolean;
}) {
  if (!hasNewer && !hasOlder) return null;
  const href = (cursor: AuditLogCursor) => {
    const query = auditLogSearchParams(filter, cursor).toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const link = buttonClassName({ variant: "secondary", size: "sm" });
  return (
    <nav aria-label={labels.label} className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap gap-3">
        {hasNewer && (
          <Link href={href(null)} className={link}>
            {labels.newest}
          </Link>
        )}
        {hasNewer && newestSeq !== null && (
          <Link href={href({ after: newestSeq })} className={link} rel="prev">
            {labels.newer}
          </Link>
        )}
      </div>
      {hasOlder && oldestSeq !== null && (
        <Link href={href({ before: oldestSeq })} className={link} rel="next">
          {labels.older}
        </Link>
      )}
    </nav>
  );
}
