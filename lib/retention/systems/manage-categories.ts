import "server-only";
// Staff who manage connected systems (systems.manage) declare the categories of data each system holds
// (ADR 0028): key, name, description, the default period and the shortest organisations may choose. The
// retention policy, overrides, holds and evidence then use `system:<system key>:<key>`. Removing a
// category drops its policy and overrides (its evidence stays); a legal hold naming it refuses the removal.
// Audited in the provider's chain.
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { systemCategoryKey } from "../categories/system.ts";
import { RETENTION_MESSAGES, SYSTEM_CATEGORY_MESSAGES as M } from "../messages.ts";
import type { RemoveSystemCategoryInput, SaveSystemCategoryInput } from "./category-input.ts";

export type SystemCategoryView = {
  id: string;
  key: string;
  retentionKey: string;
  name: string;
  description: string;
  defaultDays: number;
  minDays: number;
};

async function systemOf(id: string) {
  const system = await db.dataSystem.findUnique({ where: { id }, select: { id: true, key: true } });
  if (!system) throw new AppError("not_found");
  return system;
}

export async function listSystemCategories(ctx: Context, systemId: string): Promise<SystemCategoryView[]> {
  await authorizeStaff(ctx, "systems.manage");
  const system = await systemOf(systemId);
  const rows = await db.systemDataCategory.findMany({
    where: { dataSystemId: system.id },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    retentionKey: systemCategoryKey(system.key, r.key),
    name: r.name,
    description: r.description,
    defaultDays: r.defaultDays,
    minDays: r.minDays,
  }));
}

export async function saveSystemCategory(
  ctx: Context,
  input: SaveSystemCategoryInput,
): Promise<{ created: boolean; changed: boolean }> {
  const staff = await authorizeStaff(ctx, "systems.manage");
  const system = await systemOf(input.systemId);
  if (input.minDays > input.defaultDays) throw new AppError("invalid", RETENTION_MESSAGES.minAbovePeriod);
  const data = {
    name: input.name,
    description: input.description,
    defaultDays: input.defaultDays,
    minDays: input.minDays,
  };
  return db.$transaction(async (tx) => {
    let created = false;
    if (input.categoryId) {
      const before = await tx.systemDataCategory.findFirst({
        where: { id: input.categoryId, dataSystemId: system.id },
      });
      if (!before) throw new AppError("not_found");
      if (before.key !== input.key) throw new AppError("invalid", M.keyFixed);
      if (Object.entries(data).every(([k, v]) => before[k as keyof typeof data] === v))
        return { created: false, changed: false };
      await tx.systemDataCategory.update({ where: { id: before.id }, data });
    } else {
      const taken = await tx.systemDataCategory.findUnique({
        where: { dataSystemId_key: { dataSystemId: system.id, key: input.key } },
        select: { id: true },
      });
      if (taken) throw new AppError("conflict", M.duplicateKey);
      await tx.systemDataCategory.create({ data: { dataSystemId: system.id, key: input.key, ...data } });
      created = true;
    }
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(staff.actor),
        action: "dsr.system_category.saved",
        target: { type: "DataSystem", id: system.id },
        request: ctx.request,
        metadata: {
          system: system.key,
          category: input.key,
          created,
          defaultDays: input.defaultDays,
          minDays: input.minDays,
        },
      },
      { tx, clock: ctx.clock },
    );
    return { created, changed: true };
  });
}

export async function removeSystemCategory(
  ctx: Context,
  input: RemoveSystemCategoryInput,
): Promise<{ removed: boolean }> {
  const staff = await authorizeStaff(ctx, "systems.manage");
  const system = await systemOf(input.systemId);
  return db.$transaction(async (tx) => {
    const category = await tx.systemDataCategory.findFirst({
      where: { id: input.categoryId, dataSystemId: system.id },
    });
    if (!category) throw new AppError("not_found");
    const key = systemCategoryKey(system.key, category.key);
    if (await tx.legalHold.count({ where: { scope: "CATEGORY", category: key, releasedAt: null } }))
      throw new AppError("conflict", M.held);
    await tx.retentionPolicy.deleteMany({ where: { category: key } });
    await tx.retentionOverride.deleteMany({ where: { category: key } });
    await tx.systemDataCategory.delete({ where: { id: category.id } });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(staff.actor),
        action: "dsr.system_category.removed",
        target: { type: "DataSystem", id: system.id },
        request: ctx.request,
        metadata: { system: system.key, category: category.key },
      },
      { tx, clock: ctx.clock },
    );
    return { removed: true };
  });
}
