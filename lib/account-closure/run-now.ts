import "server-only";
// Staff (admin.organizations.manage) ask the closure job to run now instead of at its next five minutes.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { requestClosureRun } from "../jobs/account-closure-jobs.ts";

export async function requestClosuresNow(ctx: Context): Promise<{ queued: boolean }> {
  await authorizeStaff(ctx, "admin.organizations.manage");
  return { queued: await requestClosureRun() };
}
