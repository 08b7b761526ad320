import "server-only";
// ENISA severity assessments (B7): stored with their inputs and result, every one kept. Advisory:
// nothing else in the breach workflow reads them to decide anything.
import { NotFoundError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { BAND_LABELS, computeSeverity } from "../severity.ts";
import { auditProvider, breachManagerContext } from "./audit.ts";
import { includesSpecialCategory } from "./data-categories.ts";
import type { AssessmentInput } from "./input.ts";

export async function assessIncident(input: AssessmentInput, clock: Clock = systemClock): Promise<string> {
  const ctx = await breachManagerContext(clock);
  return db.$transaction(async (tx) => {
    const incident = await tx.incident.findUnique({
      where: { id: input.id },
      select: { reference: true, dataCategories: true },
    });
    if (!incident) throw new NotFoundError("The incident");
    const { id, notes, ...scores } = input;
    const result = computeSeverity({
      ...scores,
      specialCategory: includesSpecialCategory(incident.dataCategories),
    });
    const assessment = await tx.incidentAssessment.create({
      data: {
        incidentId: id,
        ...scores,
        score: result.score,
        band: result.band,
        notes,
        assessedById: ctx.actor.userId,
        assessedAt: clock.now(),
      },
      select: { id: true },
    });
    await auditProvider(tx, ctx, "breach.incident.assessed", id, {
      reference: incident.reference,
      assessmentId: assessment.id,
      ...scores,
      score: result.score,
      band: result.band,
    });
    const raised = result.raisedForSpecialCategory ? " (raised from low: special-category data)" : "";
    return `Assessed ${incident.reference}: score ${result.score.toFixed(2)}, ${BAND_LABELS[result.band].toLowerCase()}${raised}.`;
  });
}
