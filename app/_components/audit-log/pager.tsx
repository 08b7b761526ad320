import Link from "next/link";
import { buttonClassName } from "@/app/_ui";
import { auditLogSearchParams, type AuditLogCursor, type AuditLogFilter } from "@/lib/audit/log-filter";
import { AUDIT_PAGE_MESSAGES } from "./messages";

const M = AUDIT_PAGE_MESSAGES.pager;

function href(filter: AuditLogFilter, cursor: AuditLogCursor): string {
  const query = auditLogSearchParams(filter, cursor).toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}

/** Links to the pages before and after this one (keyset on seq), keeping the filters. */
export function AuditPager({
  filter,
  newestSeq,
  oldestSeq,
  hasNewer,
  hasOlder,
}: {
  filter: AuditLogFilter;
  newestSeq: number | null;
  oldestSeq: number | null;
  hasNewer: boolean;
  hasOlder: boolean;
}) {
  if (!hasNewer && !hasOlder) return null;
  const link = buttonClassName({ variant: "secondary", size: "sm" });
  return (
    <nav aria-label={M.label} className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap gap-3">
        {hasNewer && (
          <Link href={href(filter, null)} className={link}>
            {M.newest}
          </Link>
        )}
        {hasNewer && newestSeq !== null && (
          <Link href={href(filter, { after: newestSeq })} className={link} rel="prev">
            {M.newer}
          </Link>
        )}
      </div>
      {hasOlder && oldestSeq !== null && (
        <Link href={href(filter, { before: oldestSeq })} className={link} rel="next">
          {M.older}
        </Link>
      )}
    </nav>
  );
}
