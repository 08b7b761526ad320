import "server-only";
// Notice drafts and sends of one incident are serialised on the incident row, so phase numbers are
// assigned and sent in order even with two staff members (or a double click) at once.
import { NotFoundError, UserFacingError } from "../../auth/errors.ts";
import type { Tx } from "../../db/client.ts";

export type LockedIncident = { id: string; reference: string; title: string; awareAt: Date; determination: string };

export async function lockBreachIncident(tx: Tx, incidentId: string): Promise<LockedIncident> {
  const [incident] = await tx.$queryRaw<LockedIncident[]>`
    SELECT id, reference, title, "awareAt", determination::text AS determination FROM "Incident" WHERE id = ${incidentId} FOR UPDATE`;
  if (!incident) throw new NotFoundError("The incident");
  if (incident.determination !== "PERSONAL_DATA_BREACH") {
    throw new UserFacingError(`${incident.reference} is not marked as a personal data breach, so no notice can be composed or sent for it.`);
  }
  return incident;
}
