// What a verified retention certificate says, as lines of text for `npm run verify-certificate` (English, like
// the certificate): whose records of which category went under which period and cutoff, how many, their time
// range and the hash of their ids, the run's times and the issuer. Reads only the fields it prints, so a later
// schema still prints.
import { z } from "zod";
import { utcText } from "../pdf/certificate-seal.ts";
import { quoted } from "../text/quote.ts";
import { controllerLine, rangeLine, RETENTION_CERTIFICATE_TYPE } from "./certificate.ts";
import { RETENTION_CERTIFICATE_MESSAGES as M } from "./messages.ts";

const time = z.string().nullable();
const summarised = z.object({
  type: z.literal(RETENTION_CERTIFICATE_TYPE),
  schema: z.number(),
  copy: z.string(),
  issuer: z.object({ name: z.string(), url: z.string() }),
  run: z.object({ id: z.string(), runId: z.string(), startedAt: z.string(), finishedAt: z.string() }),
  category: z.object({ key: z.string(), label: z.object({ en: z.string() }), selector: z.string() }),
  organization: z
    .object({ id: z.string(), slug: z.string().nullable(), name: z.string().nullable() })
    .nullable(),
  period: z.object({ days: z.number(), cutoff: z.string() }),
  removed: z.number(),
  held: z.number().nullable(),
  range: z.object({ oldestAt: time, newestAt: time }),
  idsSha256: z.string(),
  idsSha256Rule: z.string(),
});

/** The lines describing a retention certificate, or null when the document is not one. */
export function retentionCertificateSummary(document: unknown): string[] | null {
  const parsed = summarised.safeParse(document);
  if (!parsed.success) return null;
  const c = parsed.data;
  return [
    `Retention certificate ${c.run.id} (schema ${c.schema}, ${c.copy}'s copy)`,
    `${M.issuer}: ${quoted(c.issuer.name, { max: 200 })} (${c.issuer.url})`,
    `${M.controller}: ${controllerLine(c.organization)}`,
    `${M.category}: ${quoted(c.category.label.en, { max: 200 })} (${c.category.key})`,
    `${M.selector}: ${quoted(c.category.selector, { max: 500 })}`,
    `${M.period}: ${M.days(c.period.days)}, ${M.cutoff.toLowerCase()} ${utcText(c.period.cutoff)}`,
    `${M.removed}: ${c.removed}`,
    `${M.held}: ${c.held === null ? M.heldNotStated : c.held}`,
    `${M.range}: ${rangeLine(c.range)}`,
    M.idsSha256(c.idsSha256),
    `  (${c.idsSha256Rule})`,
    `${M.runStarted}: ${utcText(c.run.startedAt)}`,
    `${M.runFinished}: ${utcText(c.run.finishedAt)}`,
    `${M.run}: ${c.run.runId}`,
  ];
}
