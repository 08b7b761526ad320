// What re-applying one ledger entry to a restored database did (ADR 0034).
export type ReplayOutcome = {
  /**
   * applied: the erasure ran again; held: a legal hold refused it again, as it would have the original
   * (recorded with the hold); already_applied: the backup already has it; not_in_backup: nothing of it was
   * in the backup; incomplete: the restored request still holds its subject (for the operator).
   */
  outcome: "applied" | "held" | "already_applied" | "not_in_backup" | "incomplete";
  tasks: number;
  hold?: string;
};
