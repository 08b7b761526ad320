import "server-only";
// The processing activities of the records of processing (Art. 30(2); ADR 0031). Staff with
// records.activities.manage (ADMIN, PRIVACY) add, edit and remove them; nothing is overwritten: an edit
// ends the current version's validity at the edit's time and writes the next version valid from then, a
// removal only ends the current version's validity. So `activitiesAt` answers for any past moment from the
// rows alone. Every change is audited in the provider's chain.
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db, type Tx } from "../db/client.ts";
import { AppError } from "../errors.ts";
import {
  removeActivityInput,
  saveActivityInput,
  type RemoveActivityInput,
  type SaveActivityInput,
} from "./activity-input.ts";
import { RECORDS_MESSAGES as M } from "./messages.ts";

export type ActivityVersionView = {
  activityId: string;
  version: number;
  name: string;
  purpose: string;
  processingCategories: string[];
  dataCategories: string[];
  dataSubjectCategories: string[];
  systemKeys: string[];
  validFrom: Date;
  validUntil: Date | null;
};

const VERSION_SELECT = {
  activityId: true,
  version: true,
  name: true,
  purpose: true,
  processingCategories: true,
  dataCategories: true,
  dataSubjectCategories: true,
  systemKeys: true,
  validFrom: true,
  validUntil: true,
} as const;

export type ActivityReader = Pick<Tx, "processingActivityVersion">;

/**
 * The versions in effect at `at` (validFrom ≤ at < validUntil), one per activity, by name. At the very
 * moment of an edit the new version applies.
 */
export async function activitiesAt(reader: ActivityReader, at: Date): Promise<ActivityVersionView[]> {
  const rows = await reader.processingActivityVersion.findMany({
    where: { validFrom: { lte: at }, OR: [{ validUntil: null }, { validUntil: { gt: at } }] },
    orderBy: [{ name: "asc" }, { activityId: "asc" }],
    select: VERSION_SELECT,
  });
  return rows;
}

/** Staff list: the current activities with their version history, newest version first. */
export async function listActivities(ctx: Context): Promise<{
  current: (ActivityVersionView & { history: ActivityVersionView[] })[];
  removed: ActivityVersionView[];
}> {
  await authorizeStaff(ctx, "records.activities.manage");
  const rows = await db.processingActivityVersion.findMany({
    orderBy: [{ activityId: "asc" }, { version: "desc" }],
    select: VERSION_SELECT,
  });
  const byActivity = new Map<string, ActivityVersionView[]>();
  for (const row of rows) byActivity.set(row.activityId, [...(byActivity.get(row.activityId) ?? []), row]);
  const current: (ActivityVersionView & { history: ActivityVersionView[] })[] = [];
  const removed: ActivityVersionView[] = [];
  for (const versions of byActivity.values()) {
    const [latest, ...older] = versions;
    if (!latest) continue;
    if (latest.validUntil === null) current.push({ ...latest, history: older });
    else removed.push(latest);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");
  return { current: current.sort(byName), removed: removed.sort(byName) };
}

/** The data systems staff can link (key and name), by name. */
export async function linkableSystems(ctx: Context): Promise<{ key: string; name: string }[]> {
  await authorizeStaff(ctx, "records.activities.manage");
  return db.dataSystem.findMany({ orderBy: { name: "asc" }, select: { key: true, name: true } });
}

const FIELDS = [
  "name",
  "purpose",
  "processingCategories",
  "dataCategories",
  "dataSubjectCategories",
  "systemKeys",
] as const;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Adds an activity (no activityId) or writes its next version. Returns the version now in effect. */
export async function saveActivity(
  ctx: Context,
  input: SaveActivityInput,
): Promise<{ activityId: string; version: number; created: boolean; changed: readonly string[] }> {
  const staff = await authorizeStaff(ctx, "records.activities.manage");
  const data = saveActivityInput.parse(input);
  const known = await db.dataSystem.findMany({
    where: { key: { in: data.systemKeys } },
    select: { key: true },
  });
  const unknown = data.systemKeys.filter((key) => !known.some((k) => k.key === key));
  if (unknown.length > 0) throw new AppError("invalid", M.unknownSystems(unknown));
  const content = {
    name: data.name,
    purpose: data.purpose,
    processingCategories: data.processingCategories,
    dataCategories: data.dataCategories,
    dataSubjectCategories: data.dataSubjectCategories,
    systemKeys: data.systemKeys,
  };
  return db.$transaction(async (tx) => {
    const now = ctx.clock.now();
    let activityId = data.activityId;
    let version = 1;
    let changed: string[] = [...FIELDS];
    if (activityId) {
      // Lock the activity so two edits cannot both write the same next version.
      const locked = await tx.$queryRaw<{ id: string; removedAt: Date | null }[]>`
        SELECT "id", "removedAt" FROM "ProcessingActivity" WHERE "id" = ${activityId} FOR UPDATE`;
      const activity = locked[0];
      if (!activity || activity.removedAt) throw new AppError("not_found", M.unknownActivity);
      const latest = await tx.processingActivityVersion.findFirst({
        where: { activityId, validUntil: null },
        orderBy: { version: "desc" },
        select: { id: true, ...VERSION_SELECT },
      });
      if (!latest) throw new AppError("not_found", M.unknownActivity);
      changed = FIELDS.filter((field) => {
        const before = latest[field];
        const after = content[field];
        return Array.isArray(before) ? !sameList(before, after as string[]) : before !== after;
      });
      if (changed.length === 0) return { activityId, version: latest.version, created: false, changed };
      await tx.processingActivityVersion.update({ where: { id: latest.id }, data: { validUntil: now } });
      version = latest.version + 1;
    } else {
      const activity = await tx.processingActivity.create({ data: { createdAt: now }, select: { id: true } });
      activityId = activity.id;
    }
    await tx.processingActivityVersion.create({
      data: { activityId, version, ...content, validFrom: now, createdById: staff.actor.userId },
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(staff.actor),
        action: "records.activity.saved",
        target: { type: "ProcessingActivity", id: activityId },
        request: ctx.request,
        metadata: { activityId, version, name: content.name, changed },
      },
      { tx, clock: ctx.clock },
    );
    return { activityId, version, created: version === 1, changed };
  });
}

/** Ends the activity's validity now; its versions stay for the records of earlier dates. */
export async function removeActivity(ctx: Context, input: RemoveActivityInput): Promise<void> {
  const staff = await authorizeStaff(ctx, "records.activities.manage");
  const { activityId } = removeActivityInput.parse(input);
  await db.$transaction(async (tx) => {
    const now = ctx.clock.now();
    const locked = await tx.$queryRaw<{ id: string; removedAt: Date | null }[]>`
      SELECT "id", "removedAt" FROM "ProcessingActivity" WHERE "id" = ${activityId} FOR UPDATE`;
    const activity = locked[0];
    if (!activity || activity.removedAt) throw new AppError("not_found", M.unknownActivity);
    const latest = await tx.processingActivityVersion.findFirst({
      where: { activityId, validUntil: null },
      orderBy: { version: "desc" },
      select: { id: true, version: true, name: true },
    });
    if (!latest) throw new AppError("not_found", M.unknownActivity);
    await tx.processingActivityVersion.update({ where: { id: latest.id }, data: { validUntil: now } });
    await tx.processingActivity.update({ where: { id: activityId }, data: { removedAt: now } });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(staff.actor),
        action: "records.activity.removed",
        target: { type: "ProcessingActivity", id: activityId },
        request: ctx.request,
        metadata: { activityId, version: latest.version, name: latest.name },
      },
      { tx, clock: ctx.clock },
    );
  });
}
