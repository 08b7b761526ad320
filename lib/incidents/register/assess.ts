import "server-only";
// ENISA severity assessments (B7): stored with their inputs and result, every one kept. Advisory:
// nothing else in the breach workflow reads them to decide anything.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { computeSeverity, type SeverityBand } from "../severity.ts";
import { auditProvider, authorizeBreachManager } from "./audit.ts";
import { includesSpecialCategory } from "./data-categories.ts";
import type { AssessmentInput } from "./input.ts";

export type AssessmentResult = {
  reference: string;
  score: number;
  band: SeverityBand;
  /** Special-category data lifted the band from LOW to MEDIUM. */
  raisedForSpecialCategory: boolean;
};

export async function assessIncident(ctx: Context, input: AssessmentInput): Promise<AssessmentResult> {
  const audit = await authorizeBreachManager(ctx);
  return db.$transaction(async (tx) => {
    const incident = await tx.incident.findUnique({
      where: { id: input.id },
      select: { reference: true, dataCategories: true },
    });
    if (!incident) throw new AppError("not_found");
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
        assessedById: audit.actor.userId,
        assessedAt: ctx.clock.now(),
      },
      select: { id: true },
    });
    await auditProvider(tx, audit, "breach.incident.assessed", id, {
      reference: incident.reference,
      assessmentId: assessment.id,
      ...scores,
      score: result.score,
      band: result.band,
    });
    return {
      reference: incident.reference,
      score: result.score,
      band: result.band,
      raisedForSpecialCategory: result.raisedForSpecialCategory,
    };
  });
}
