import "server-only";
// Every change to one incident (register edits, declarations, notice drafts and sends) is serialised
// on the incident row, so two staff members (or a double click) at once never interleave: phase
// numbers are assigned and sent in order, and a declaration creates each notification once.
import type { Tx } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { INCIDENT_MESSAGES } from "./messages.ts";

export type LockedIncident = {
  id: string;
  reference: string;
  title: string;
  awareAt: Date;
  determination: string;
};

/** Locks the incident row for the rest of the transaction. */
export async function lockIncident(tx: Tx, incidentId: string): Promise<LockedIncident> {
  const [incident] = await tx.$queryRaw<LockedIncident[]>`
    SELECT id, reference, title, "awareAt", determination::text AS determination FROM "Incident" WHERE id = ${incidentId} FOR UPDATE`;
  if (!incident) throw new AppError("not_found");
  return incident;
}

/** Locks an incident that must be a declared personal-data breach (notice drafts and sends). */
export async function lockBreachIncident(tx: Tx, incidentId: string): Promise<LockedIncident> {
  const incident = await lockIncident(tx, incidentId);
  if (incident.determination !== "PERSONAL_DATA_BREACH") {
    throw new AppError("conflict", INCIDENT_MESSAGES.notABreach(incident.reference));
  }
  return incident;
}
