// Words of the staff audit log page (staff console: English).
export const AUDIT_PAGE_MESSAGES = {
  verified: (result: { ok: boolean; checked: number; seq: number; brokenSeq?: number }) =>
    result.ok
      ? `Verified ${result.checked} ${result.checked === 1 ? "event" : "events"}: the chain is intact up to #${result.seq}.`
      : `The chain does not verify at event #${result.brokenSeq}.`,
  unverified: (count: number) =>
    `${count} newer ${count === 1 ? "event was" : "events were"} recorded since; the next check verifies ${count === 1 ? "it" : "them"}.`,
};
