"use server";
// The closures page's action (admin.organizations.manage): queue a closure run now.
import { z } from "zod";
import { requestClosuresNow } from "@/lib/account-closure/run-now";
import { defineAction } from "@/lib/http/action";
import { CLOSURES_MESSAGES as M } from "./messages";

export const runClosuresNowAction = defineAction(
  { input: z.object({}).strict(), permission: "admin.organizations.manage" },
  async (ctx) => M.queued((await requestClosuresNow(ctx)).queued),
);
