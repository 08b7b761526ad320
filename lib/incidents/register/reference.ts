// (No server-only marker: the demo seed numbers its incident with this too.)
// Incident references "INC-<year>-<4 digits>", numbered per year. A transaction-scoped advisory lock
// per year serialises concurrent creations, so two incidents never get the same number (the unique
// index on Incident.reference is the backstop).
import type { Tx } from "../../db/client.ts";

export function formatReference(year: number, sequence: number): string {
  return `INC-${year}-${String(sequence).padStart(4, "0")}`;
}

export async function nextIncidentReference(tx: Tx, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  const prefix = `INC-${year}-`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`incident-reference:${year}`}, 0))`;
  const existing = await tx.incident.findMany({
    where: { reference: { startsWith: prefix } },
    select: { reference: true },
  });
  const highest = existing.reduce(
    (max, { reference }) => Math.max(max, Number(reference.slice(prefix.length)) || 0),
    0,
  );
  return formatReference(year, highest + 1);
}
