import "server-only";
// Staff set a category's period and the shortest period customers may choose (PRIVACY, ADMIN), audited in
// the provider's chain with the values before and after. The next purge applies it.
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { PolicyInput } from "./input.ts";
import { policies } from "./policies.ts";
import { checkBounds, checkedCategory } from "./preview.ts";

export async function savePolicy(ctx: Context, input: PolicyInput): Promise<{ changed: boolean }> {
  const staff = await authorizeStaff(ctx, "retention.manage");
  const category = await checkedCategory(input.category);
  checkBounds(input);
  return db.$transaction(async (tx) => {
    const before = (await policies(tx)).find((p) => p.category.key === category.key)!;
    if (before.periodDays === input.periodDays && before.minDays === input.minDays) return { changed: false };
    const data = { periodDays: input.periodDays, minDays: input.minDays, updatedById: staff.actor.userId };
    await tx.retentionPolicy.upsert({
      where: { category: category.key },
      create: { category: category.key, ...data },
      update: data,
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(staff.actor),
        action: "retention.policy.changed",
        target: { type: "RetentionPolicy", id: category.key },
        request: ctx.request,
        metadata: {
          category: category.key,
          periodDays: input.periodDays,
          minDays: input.minDays,
          previousPeriodDays: before.periodDays,
          previousMinDays: before.minDays,
        },
      },
      { tx, clock: ctx.clock },
    );
    return { changed: true };
  });
}
