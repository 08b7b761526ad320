// What a verified account deletion certificate says, as lines of text for `npm run verify-certificate`
// (English, like the certificate): the organisation, the closure's times, Article28's counts, each system's
// answer, and what the provider keeps. Reads only the fields it prints, so a later schema still prints.
import { z } from "zod";
import { quoted } from "../text/quote.ts";
import { DELETION_CERTIFICATE_TYPE } from "./certificate.ts";

const time = z.string().nullable();
const summarised = z.object({
  type: z.literal(DELETION_CERTIFICATE_TYPE),
  schema: z.number(),
  provider: z.string(),
  organization: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  closure: z.object({
    reference: z.string(),
    choice: z.string(),
    requestedAt: z.string(),
    startedAt: z.string(),
    completedAt: z.string(),
  }),
  article28: z.object({ removed: z.array(z.object({ entity: z.string(), records: z.number() })) }),
  systems: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      connector: z.string(),
      status: z.string(),
      records: z.number().nullable(),
      answeredAt: time,
      ground: z.string().nullable(),
      error: z.string().nullable(),
      confirmedBy: z.string().nullable().optional(),
    }),
  ),
  kept: z.object({
    auditChain: z.object({ chain: z.string(), events: z.number(), until: z.string() }),
    breachNotifications: z.array(z.object({ incident: z.string(), phases: z.array(z.number()) })),
  }),
});

const utc = (value: string | null) => (value ? `${value.slice(0, 10)} ${value.slice(11, 19)} UTC` : "-");
const plain = (value: string) => quoted(value, { max: 500 });

/** The lines describing an account deletion certificate, or null when the document is not one. */
export function deletionCertificateSummary(document: unknown): string[] | null {
  const parsed = summarised.safeParse(document);
  if (!parsed.success) return null;
  const c = parsed.data;
  const lines = [
    `Deletion certificate ${c.closure.reference} (schema ${c.schema})`,
    `Processor: ${plain(c.provider)}`,
    `Controller: ${plain(c.organization.name)} (${c.organization.slug}, ${c.organization.id})`,
    `Choice: ${c.closure.choice}`,
    `Requested: ${utc(c.closure.requestedAt)}`,
    `Deletion started: ${utc(c.closure.startedAt)}`,
    `Deletion completed: ${utc(c.closure.completedAt)}`,
    "Deleted from Article28:",
    ...c.article28.removed.map((r) => `  - ${r.entity}: ${r.records}`),
    "Connected systems:",
  ];
  if (c.systems.length === 0) lines.push("  none held the organisation's data");
  for (const s of c.systems) {
    const facts = [s.status.toLowerCase()];
    if (s.records !== null) facts.push(`${s.records} records`);
    if (s.ground) facts.push(`kept: ${plain(s.ground)}`);
    if (s.confirmedBy) facts.push(`recorded by hand by ${plain(s.confirmedBy)}`);
    if (s.error) facts.push(`not confirmed: ${plain(s.error)}`);
    facts.push(`answered ${utc(s.answeredAt)}`);
    lines.push(`  - ${plain(s.name)} (${s.key}, ${s.connector.toLowerCase()}): ${facts.join(", ")}`);
  }
  lines.push(
    "Kept by the processor:",
    `  - audit chain ${c.kept.auditChain.chain}: ${c.kept.auditChain.events} events, ${c.kept.auditChain.until}`,
    ...c.kept.breachNotifications.map(
      (b) => `  - breach ${b.incident}: phases ${b.phases.join(", ")} notified`,
    ),
  );
  return lines;
}
