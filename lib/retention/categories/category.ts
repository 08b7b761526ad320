// One category of data Article28 itself holds, as the retention purge sees it (GDPR.md G1): its default
// period and the shortest period an organisation may choose, and how to find its expired rows — a table
// aliased `t`, the row's id, the organisation it belongs to (NULL: the provider's own rows), the timestamp
// the period counts from, and which rows are eligible at all. A category filed by data subject or by
// incident names that too, so a hold on the subject or the incident keeps its rows (G2). The SQL fragments
// are constants of this registry, never input.
import type { Text } from "../../i18n/text.ts";

export type CategorySql = {
  /** The table rows are deleted from (or, with `clear`, cleared in). */
  table: string;
  /** `FROM` clause; the table is aliased `t`, joins may follow. */
  from: string;
  id: string;
  organization: string;
  at: string;
  where: string;
  /** The row's keyed subject hash (lib/dsr/subject.ts) in its organisation: SUBJECT holds keep the row. */
  subject?: string;
  /** The incident the row belongs to: INCIDENT holds keep the row. */
  incident?: string;
  /**
   * The row stays and only these columns are cleared (`SET` list of constants), because the rest is
   * evidence the provider must keep; `where` must then leave out rows already cleared.
   */
  clear?: string;
  /**
   * Rows another table holds for this one alone, deleted in the same transaction: the removed rows'
   * `column` names them by id (e.g. an access request's NDA acceptance).
   */
  alsoDelete?: { table: string; column: string };
};

/**
 * A connected system's category (ADR 0028): its rows are not Article28's; a WEBHOOK system purges them
 * itself when asked through the connector protocol (lib/retention/systems), a MANUAL one by hand.
 */
export type SystemSource = {
  categoryId: string;
  dataSystemId: string;
  systemKey: string;
  systemName: string;
  /** The system's own key of the category (the protocol's `category`). */
  categoryKey: string;
  connector: "WEBHOOK" | "MANUAL";
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
  /** sql null: what removes it instead, for people (absent: the audit log's checkpointed pruning). */
  removedBy?: Text;
  /** A connected system's category (sql null): purged through the connector protocol or by hand. */
  system?: SystemSource;
};
