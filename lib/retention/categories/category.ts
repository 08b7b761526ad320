// One category of data Article28 itself holds, as the retention purge sees it (GDPR.md G1): its default
// period and the shortest period an organisation may choose, and how to find its expired rows — a table
// aliased `t`, the row's id, the organisation it belongs to (NULL: the provider's own rows), the timestamp
// the period counts from, and which rows are eligible at all. The SQL fragments are constants of this
// registry, never input.
import type { Text } from "../../i18n/text.ts";

export type CategorySql = {
  /** The table rows are deleted from. */
  table: string;
  /** `FROM` clause; the table is aliased `t`, joins may follow. */
  from: string;
  id: string;
  organization: string;
  at: string;
  where: string;
};

export type RetentionCategory = {
  key: string;
  label: Text;
  /** What the period counts from, for people. */
  counts: Text;
  defaultDays: number;
  defaultMinDays: number;
  /** Human-readable selector recorded with each run's evidence. */
  selector: string;
  /** null: not purged by the retention job (the audit log is pruned as whole chain prefixes behind a checkpoint). */
  sql: CategorySql | null;
};
