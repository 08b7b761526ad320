// Helpers for the breach-register integration tests: a form as staff would post it, and data systems.
import { randomBytes } from "node:crypto";
import { db } from "../../db/client.ts";
import { newIncidentInput } from "./input.ts";

export const unique = () => randomBytes(4).toString("hex");

/** A valid "new incident" form (UTC times, well in the past). */
export function incidentForm(fields: Record<string, string> = {}) {
  return newIncidentInput.parse({
    title: `Exposed export bucket ${unique()}`,
    description: "A storage bucket with customer exports was publicly readable.",
    detectedAt: "2026-03-28T11:00",
    awareAt: "2026-03-28T12:00",
    timeZone: "UTC",
    dataCategories: "contact",
    systemIds: "",
    organizationIds: "",
    ...fields,
  });
}

export async function createDataSystem(organizationIds: string[] = []) {
  const key = `system-${unique()}`;
  return db.dataSystem.create({
    data: {
      key,
      name: `System ${key}`,
      organizations: { create: organizationIds.map((organizationId) => ({ organizationId })) },
    },
  });
}
