// B6 (Art. 34): a high-risk breach carries the plain-language text for data subjects or an Art. 34(3)
// exemption with its justification; notified organisations see it; staff without breach.manage change
// nothing (S11); every change is audited in the provider chain and each notified organisation's chain.
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { contextFor } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import { declareBreach } from "../declare.ts";
import { recordArt34Decision } from "./art34.ts";
import { art34Input, declareInput } from "./input.ts";
import { createIncident } from "./manage.ts";
import { incidentForm } from "./testing.ts";

const clock = fixedClock("2026-06-01T10:00:00Z");
const TEXT =
  "Your contact details may have been seen by an unauthorised person. Be wary of unexpected emails asking for passwords.";

async function declaredIncident() {
  const ctx = await contextFor(await createUser({ staffRoles: ["SECURITY"] }), { clock });
  const organization = await createOrganization();
  const incident = await createIncident(ctx, incidentForm({ organizationIds: organization.id }));
  await declareBreach(ctx, declareInput.parse({ id: incident.id }));
  return { ctx, incident, organization };
}

beforeAll(async () => {
  await upsertProviderSettings();
});

describe("the Art. 34 decision (B6)", () => {
  it("B6: refuses a high-risk breach with neither the text for data subjects nor an exemption, and an exemption without justification", () => {
    expect(art34Input.safeParse({ id: "x", highRisk: "on" }).success).toBe(false);
    const unjustified = art34Input.safeParse({
      id: "x",
      highRisk: "on",
      exemption: "A_PROTECTED",
      justification: "",
    });
    expect(unjustified.success).toBe(false);
    expect(art34Input.safeParse({ id: "x", highRisk: "on", dataSubjectText: TEXT }).success).toBe(true);
    expect(
      art34Input.safeParse({
        id: "x",
        highRisk: "on",
        exemption: "A_PROTECTED",
        justification: "The laptop's disk was encrypted with a strong key.",
      }).success,
    ).toBe(true);
    expect(art34Input.safeParse({ id: "x", highRisk: "", extra: "1" }).success).toBe(false); // S13
  });

  it("B6: records the text, then an exemption, audited in the provider chain and the notified organisation's chain", async () => {
    const { ctx, incident, organization } = await declaredIncident();
    expect(
      await recordArt34Decision(
        ctx,
        art34Input.parse({ id: incident.id, highRisk: "on", dataSubjectText: TEXT }),
      ),
    ).toEqual({ reference: incident.reference, decision: "data-subject-text" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      highRisk: true,
      dataSubjectText: TEXT,
      art34Exemption: null,
    });

    expect(
      await recordArt34Decision(
        ctx,
        art34Input.parse({
          id: incident.id,
          highRisk: "on",
          exemption: "C_DISPROPORTIONATE",
          justification: "Public notice on the status page instead.",
        }),
      ),
    ).toEqual({ reference: incident.reference, decision: "exemption" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      highRisk: true,
      art34Exemption: "C_DISPROPORTIONATE",
    });

    for (const chain of ["provider", `org:${organization.id}`]) {
      const events = await db.auditEvent.findMany({
        where: { chain, action: "breach.incident.art34_recorded" },
      });
      expect(events.length, chain).toBe(2);
    }
  });

  it("S11: PRIVACY staff (breach.view only) change nothing", async () => {
    const { incident } = await declaredIncident();
    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }), { clock });
    await expect(
      recordArt34Decision(
        privacy,
        art34Input.parse({ id: incident.id, highRisk: "on", dataSubjectText: TEXT }),
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      highRisk: false,
      dataSubjectText: "",
    });
  });
});
