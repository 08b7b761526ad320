// Request references "DSR-<year>-<nnnn>", numbered per organisation and year (the year of the filing in
// the organisation's time zone). One counter row per organisation and year is incremented in the filing's
// transaction (INSERT ... ON CONFLICT DO UPDATE): concurrent filings wait for the row lock, so two never
// get the same number, and a rolled-back filing gives its number back. The unique index
// (organizationId, reference) is the backstop.
import type { Tx } from "../db/client.ts";

export function formatDsrReference(year: number, sequence: number): string {
  return `DSR-${year}-${String(sequence).padStart(4, "0")}`;
}

export async function nextDsrReference(tx: Tx, organizationId: string, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "DsrReferenceCounter" ("organizationId", "year", "last") VALUES (${organizationId}, ${year}, 1)
    ON CONFLICT ("organizationId", "year") DO UPDATE SET "last" = "DsrReferenceCounter"."last" + 1
    RETURNING "last"`;
  return formatDsrReference(year, row!.last);
}
