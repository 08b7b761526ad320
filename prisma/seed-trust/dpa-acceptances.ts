// Demo DPA acceptances (ADR 0029): Acme's and Globex's owners accepted the first DPA version a few days
// after it was published, through the same function customers use (lib/dpa/accept.ts), so the rows, the
// audit events and the receipts are real. Idempotent: an organisation that accepted any version is left alone.
import { db } from "../../lib/db/client.ts";
import { acceptDpaInput, acceptDpa } from "../../lib/dpa/accept.ts";
import { currentDpaVersion } from "../../lib/dpa/current-version.ts";
import { contextFor } from "../../lib/testing/context.ts";
import { fixedClock } from "../../lib/time/clock.ts";
import { demoTimeline } from "./demo-timeline.ts";

const SIGNATORIES = [
  { slug: "acme", email: "owner@acme.example", name: "Anna Owner", title: "Managing Director", daysAgo: 385 },
  {
    slug: "globex",
    email: "owner@globex.example",
    name: "Gustav Owner",
    title: "Geschäftsführer",
    daysAgo: 380,
  },
];

export async function seedDpaAcceptances(now: Date = new Date()): Promise<void> {
  const version = await currentDpaVersion(db);
  if (!version) return;
  const timeline = demoTimeline(now);
  for (const signatory of SIGNATORIES) {
    const organization = await db.organization.findUnique({
      where: { slug: signatory.slug },
      select: { id: true },
    });
    const user = await db.user.findUnique({ where: { email: signatory.email }, select: { id: true } });
    if (!organization || !user) continue;
    if (await db.dpaAcceptance.count({ where: { organizationId: organization.id } })) continue;
    const at = timeline.at(signatory.daysAgo, "10:30");
    const ctx = { ...(await contextFor(user)), clock: fixedClock(at) };
    await acceptDpa(
      ctx,
      acceptDpaInput("en").parse({
        slug: signatory.slug,
        versionId: version.id,
        contentHash: version.contentHash,
        signatoryName: signatory.name,
        signatoryTitle: signatory.title,
        confirm: "yes",
      }),
    );
  }
}
