"use server";
// Asks the job to record deemed acceptances of windows that closed (trust.subprocessors.manage); the job
// runs every five minutes anyway and is idempotent.
import { z } from "zod";
import { authorizeStaff } from "@/lib/auth/authorization/authorize";
import { defineAction } from "@/lib/http/action";
import { requestSubprocessorWindowRun } from "@/lib/jobs/subprocessor-window-jobs";
import { NOTICE_MATRIX_MESSAGES as M } from "./messages";

export const runWindowCheckAction = defineAction(
  { input: z.strictObject({}), permission: "trust.subprocessors.manage" },
  async (ctx) => {
    await authorizeStaff(ctx, "trust.subprocessors.manage");
    return (await requestSubprocessorWindowRun()) ? M.runQueued : M.runWaiting;
  },
);
