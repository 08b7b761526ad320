import "server-only";
// Staff ask for a purge run now (instead of waiting for the hourly one); the run itself is audited.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { requestRetentionPurge } from "../jobs/retention-jobs.ts";

export async function requestPurgeNow(ctx: Context): Promise<{ queued: boolean }> {
  await authorizeStaff(ctx, "retention.manage");
  return { queued: await requestRetentionPurge() };
}
