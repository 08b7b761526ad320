// Demo subprocessor list from prisma/seed-content/subprocessors.json and its history from
// subprocessor-changes.json: a REPLACE names the company it replaced in `replacesDetails`, which is
// created as a former subprocessor (activeUntil = the change's effective date). Each historical change
// gets its public update entry, dated when it was announced, and names the seeded privacy officer as
// the one who announced it. Dates are days before the seed run (demo-timeline.ts). Nobody is emailed
// for seeded history. Seeds only an empty list, so entries staff changed are never touched or brought
// back. Idempotent.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { recordAudit, SYSTEM_ACTOR } from "../../lib/audit/record.ts";
import { db, type Tx } from "../../lib/db/client.ts";
import { changeUpdateEntry } from "../../lib/trust/subprocessors/change-update.ts";
import { recordTrustUpdate } from "../../lib/trust/updates.ts";
import { demoTimeline } from "./demo-timeline.ts";

const daysAgo = z.number().int().min(1).max(10_000);

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
  sinceDaysAgo: daysAgo,
});

const seedChange = z.strictObject({
  type: z.enum(["ADD", "REPLACE", "REMOVE"]),
  subprocessor: z.string().min(1),
  replaces: z.string().nullable(),
  announcedDaysAgo: daysAgo,
  /** Time of day (UTC) of the announcement. */
  announcedAt: z.string().regex(/^\d{2}:\d{2}$/),
  effectiveDaysAgo: daysAgo,
  note: z.string().max(2000),
  noteDe: z.string().max(2000),
  replacesDetails: seedSubprocessor.optional(),
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

function createSubprocessor(tx: Tx, entry: SeedSubprocessor, activeFrom: Date, activeUntil: Date | null) {
  const { sinceDaysAgo: _since, ...details } = entry;
  return tx.subprocessor.create({
    data: { ...details, activeFrom, activeUntil },
    select: { id: true, name: true },
  });
}

/** Who announced the seeded changes: the first privacy (else content) staff member, if seeded. */
async function announcer(): Promise<string | null> {
  for (const role of ["PRIVACY", "CONTENT"] as const) {
    const staff = await db.user.findFirst({
      where: { staffRoles: { some: { role } }, disabledAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (staff) return staff.id;
  }
  return null;
}

export async function seedSubprocessors(now: Date = new Date()): Promise<void> {
  if ((await db.subprocessor.count()) > 0) return;
  const { subprocessors, changes } = readSeedSubprocessors();
  const timeline = demoTimeline(now);
  const announcedById = await announcer();
  await db.$transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const entry of subprocessors) {
      const created = await createSubprocessor(tx, entry, timeline.dayBefore(entry.sinceDaysAgo), null);
      ids.set(entry.name, created.id);
    }
    for (const change of changes) {
      const subprocessorId = ids.get(change.subprocessor);
      if (!subprocessorId)
        throw new Error(
          `subprocessor-changes.json names "${change.subprocessor}", which subprocessors.json does not list`,
        );
      const effectiveDate = timeline.dayBefore(change.effectiveDaysAgo);
      const announcedAt = timeline.at(change.announcedDaysAgo, change.announcedAt);
      let replacedId: string | null = null;
      if (change.type === "REPLACE") {
        const replaced = change.replacesDetails;
        if (!replaced || replaced.name !== change.replaces)
          throw new Error(`The REPLACE of "${change.replaces}" needs its replacesDetails`);
        const since = timeline.dayBefore(replaced.sinceDaysAgo);
        replacedId = (await createSubprocessor(tx, replaced, since, effectiveDate)).id;
      }
      await tx.subprocessorChange.create({
        data: {
          type: change.type,
          subprocessorId,
          replacedId,
          note: change.note,
          noteDe: change.noteDe,
          announcedAt,
          effectiveDate,
          announcedById,
        },
      });
      await recordTrustUpdate(
        tx,
        changeUpdateEntry(
          {
            type: change.type,
            name: change.subprocessor,
            replacedName: change.replaces,
            effectiveDate,
            note: change.note,
            noteDe: change.noteDe,
          },
          announcedAt,
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
