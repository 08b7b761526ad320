// What a verified DSR certificate says, as lines of text for `npm run verify-certificate` (English, like the
// certificate): kind and whether final, processor, controller, request with its times, and per system what
// each task did with counts and times. Reads only the fields it prints, so a later schema still prints.
import { z } from "zod";
import { quoted } from "../../text/quote.ts";
import { CERTIFICATE_MESSAGES as M } from "./messages.ts";

const time = z.string().nullable().optional();
const summarised = z.object({
  kind: z.string(),
  provisional: z.boolean(),
  schemaVersion: z.number(),
  asOf: z.string().optional(),
  provider: z.string(),
  organization: z.object({ name: z.string(), slug: z.string() }),
  request: z.object({
    reference: z.string(),
    type: z.string(),
    status: z.string(),
    receivedAt: time,
    instructedAt: time,
    closedAt: time,
  }),
  systems: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      connector: z.string(),
      tasks: z.array(
        z.object({
          action: z.string(),
          status: z.string(),
          records: z.number().nullable(),
          completedAt: time,
          absent: z.boolean().nullable().optional(),
          ground: z.string().nullable().optional(),
          blockedUntil: time,
        }),
      ),
      recipients: z.array(z.object({ name: z.string(), status: z.string() })).optional(),
    }),
  ),
});

const utc = (value: string | null | undefined) =>
  value ? `${value.slice(0, 10)} ${value.slice(11, 19)} UTC` : M.notYet;
/** Text from systems and staff: quoted on one line, without control or bidi characters (S25). */
const plain = (value: string) => quoted(value, { max: 500 });

/** The lines describing a DSR certificate, or null when it does not have the DSR certificate's shape. */
export function certificateSummary(document: unknown): string[] | null {
  const parsed = summarised.safeParse(document);
  if (!parsed.success) return null;
  const c = parsed.data;
  const lines = [
    `${M.title(c.kind, c.request.reference)} (schema ${c.schemaVersion})`,
    c.provisional ? M.provisional : M.final,
    `${M.provider}: ${plain(c.provider)}`,
    `${M.organisation}: ${plain(c.organization.name)} (${c.organization.slug})`,
    `${M.request}: ${c.request.reference}, ${c.request.type}, ${c.request.status}`,
    `${M.received}: ${utc(c.request.receivedAt)}`,
    `${M.instructed}: ${utc(c.request.instructedAt)}`,
    `${M.closed}: ${utc(c.request.closedAt)}`,
    `${M.asOf}: ${utc(c.asOf)}`,
    `${M.systemsHeading}:`,
  ];
  if (c.systems.length === 0) lines.push(`  ${M.noSystems}`);
  for (const system of c.systems) {
    lines.push(`  ${M.system(plain(system.name), system.key, system.connector)}`);
    for (const task of system.tasks) {
      const facts = [M.statuses[task.status] ?? task.status];
      if (task.records !== null) facts.push(M.records(task.records));
      if (task.absent !== null && task.absent !== undefined)
        facts.push(task.absent ? M.absent.toLowerCase() : M.stillPresent);
      if (task.ground) facts.push(`${M.ground.toLowerCase()} ${plain(task.ground)}`);
      if (task.blockedUntil) facts.push(`${M.until.toLowerCase()} ${utc(task.blockedUntil)}`);
      if (task.completedAt) facts.push(`${M.answeredAt.toLowerCase()} ${utc(task.completedAt)}`);
      lines.push(`    - ${M.actions[task.action] ?? task.action}: ${facts.join(", ")}`);
    }
    for (const r of system.recipients ?? [])
      lines.push(`    - ${M.recipientsHeading}: ${plain(r.name)}, ${r.status}`);
  }
  return lines;
}
