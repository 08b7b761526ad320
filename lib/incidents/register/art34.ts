import "server-only";
// B6 (Art. 34): whether the breach is likely to result in a high risk to the people concerned and, if
// so, the plain-language text the controllers can give them, or the Art. 34(3) exemption relied on
// with its justification. Customers see it with their notification; every change is audited in the
// provider chain and in the chain of every notified organisation.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { lockIncident } from "../incident-lock.ts";
import { auditIncidentStep, authorizeBreachManager } from "./audit.ts";
import type { Art34Input } from "./input.ts";

/** What was recorded: no high risk, high risk with the text for data subjects, or with an exemption. */
export type Art34Result = {
  reference: string;
  decision: "not-high-risk" | "data-subject-text" | "exemption";
};

export async function recordArt34Decision(ctx: Context, input: Art34Input): Promise<Art34Result> {
  const audit = await authorizeBreachManager(ctx);
  const decision = input.highRisk
    ? {
        highRisk: true,
        dataSubjectText: input.dataSubjectText,
        art34Exemption: input.exemption || null,
        art34Justification: input.exemption ? input.justification : "",
      }
    : { highRisk: false, dataSubjectText: "", art34Exemption: null, art34Justification: "" };
  return db.$transaction(async (tx) => {
    await lockIncident(tx, input.id);
    const incident = await tx.incident.update({
      where: { id: input.id },
      data: decision,
      select: { reference: true },
    });
    await auditIncidentStep(tx, audit, "breach.incident.art34_recorded", input.id, {
      reference: incident.reference,
      highRisk: decision.highRisk,
      exemption: decision.art34Exemption,
      dataSubjectText: decision.dataSubjectText !== "",
    });
    if (!decision.highRisk) return { reference: incident.reference, decision: "not-high-risk" };
    return {
      reference: incident.reference,
      decision: decision.art34Exemption ? "exemption" : "data-subject-text",
    };
  });
}
