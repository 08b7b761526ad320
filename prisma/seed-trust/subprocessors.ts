// Demo subprocessor list from prisma/seed-content/subprocessors.json and its history from
// subprocessor-changes.json: a REPLACE names the company it replaced in `replacesDetails`, which is
// created as a former subprocessor (activeUntil = the change's effective date). Each historical change
// gets its public update entry, dated when it was announced. Nobody is emailed for seeded history.
// Seeds only an empty list, so entries staff changed are never touched or brought back. Idempotent.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { recordAudit, SYSTEM_ACTOR } from "../../lib/audit/record.ts";
import { db, type Tx } from "../../lib/db/client.ts";
import { parseIsoDate } from "../../lib/time/calendar-date.ts";
import { changeUpdateEntry } from "../../lib/trust/subprocessors/change-update.ts";
import { recordTrustUpdate } from "../../lib/trust/updates.ts";

const isoDay = z.iso.date().transform((value) => parseIsoDate(value)!);

const seedSubprocessor = z.strictObject({
  name: z.string().min(1).max(120),
  purpose: z.string().min(1).max(500),
  purposeDe: z.string().max(500),
  dataCategories: z.array(z.string().min(1).max(200)).min(1),
  dataCategoriesDe: z.array(z.string().min(1).max(200)),
  location: z.string().min(1).max(200),
  country: z.string().regex(/^[A-Z]{2}$/),
  transferMechanism: z.string().min(1).max(200),
  website: z.url(),
  since: isoDay,
});

const seedChange = z.strictObject({
  type: z.enum(["ADD", "REPLACE", "REMOVE"]),
  subprocessor: z.string().min(1),
  replaces: z.string().nullable(),
  announcedOn: isoDay,
  effectiveOn: isoDay,
  note: z.string().max(2000),
  noteDe: z.string().max(2000),
  replacesDetails: seedSubprocessor.extend({ until: isoDay }).optional(),
});

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../seed-content/${name}`, import.meta.url), "utf8"));

export function readSeedSubprocessors() {
  return {
    subprocessors: z.array(seedSubprocessor).parse(readJson("subprocessors.json")),
    changes: z.array(seedChange).parse(readJson("subprocessor-changes.json")),
  };
}

type SeedSubprocessor = z.infer<typeof seedSubprocessor>;

function createSubprocessor(tx: Tx, entry: SeedSubprocessor, activeUntil: Date | null = null) {
  const { since, ...details } = entry;
  return tx.subprocessor.create({
    data: { ...details, activeFrom: since, activeUntil },
    select: { id: true, name: true },
  });
}

export async function seedSubprocessors(): Promise<void> {
  if ((await db.subprocessor.count()) > 0) return;
  const { subprocessors, changes } = readSeedSubprocessors();
  await db.$transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const entry of subprocessors) ids.set(entry.name, (await createSubprocessor(tx, entry)).id);
    for (const change of changes) {
      const subprocessorId = ids.get(change.subprocessor);
      if (!subprocessorId)
        throw new Error(
          `subprocessor-changes.json names "${change.subprocessor}", which subprocessors.json does not list`,
        );
      let replacedId: string | null = null;
      if (change.type === "REPLACE") {
        const replaced = change.replacesDetails;
        if (!replaced || replaced.name !== change.replaces)
          throw new Error(`The REPLACE of "${change.replaces}" needs its replacesDetails`);
        const { until, ...details } = replaced;
        replacedId = (await createSubprocessor(tx, details, until)).id;
      }
      await tx.subprocessorChange.create({
        data: {
          type: change.type,
          subprocessorId,
          replacedId,
          note: change.note,
          noteDe: change.noteDe,
          announcedAt: change.announcedOn,
          effectiveDate: change.effectiveOn,
        },
      });
      await recordTrustUpdate(
        tx,
        changeUpdateEntry(
          {
            type: change.type,
            name: change.subprocessor,
            replacedName: change.replaces,
            effectiveDate: change.effectiveOn,
            note: change.note,
            noteDe: change.noteDe,
          },
          change.announcedOn,
        ),
      );
    }
    await recordAudit(
      {
        actor: SYSTEM_ACTOR,
        action: "seed.subprocessors.created",
        target: { type: "SubprocessorList", id: "subprocessors" },
        metadata: { subprocessors: subprocessors.length, changes: changes.length },
      },
      { tx },
    );
  });
}
