import "server-only";
// B6 (Art. 34): whether the breach is likely to result in a high risk to the people concerned and, if
// so, the plain-language text the controllers can give them, or the Art. 34(3) exemption relied on
// with its justification. Customers see it with their notification; every change is audited in the
// provider chain and in the chain of every notified organisation.
import { db } from "../../db/client.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { lockIncident } from "../incident-lock.ts";
import { auditIncidentStep, breachManagerContext } from "./audit.ts";
import type { Art34Input } from "./input.ts";

export async function recordArt34Decision(input: Art34Input, clock: Clock = systemClock): Promise<string> {
  const ctx = await breachManagerContext(clock);
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
    await auditIncidentStep(tx, ctx, "breach.incident.art34_recorded", input.id, {
      reference: incident.reference,
      highRisk: decision.highRisk,
      exemption: decision.art34Exemption,
      dataSubjectText: decision.dataSubjectText !== "",
    });
    if (!decision.highRisk)
      return `${incident.reference}: recorded as not likely to result in a high risk to data subjects.`;
    return decision.art34Exemption
      ? `${incident.reference}: high risk, with the Art. 34(3) exemption and its justification recorded.`
      : `${incident.reference}: high risk; the text for data subjects is shown to every notified organisation.`;
  });
}
