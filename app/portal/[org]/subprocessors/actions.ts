"use server";
// The subprocessor page's action (org.subprocessors.respond): thin; lib/subprocessor-notices authorises the
// slug against the caller's membership, checks the notice's mode and window, records and audits.
import { refresh } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { respondInput, respondToNotice } from "@/lib/subprocessor-notices/respond";
import { SUBPROCESSOR_PAGE_MESSAGES as M } from "./messages";

export const respondToNoticeAction = defineAction(
  { input: respondInput, permission: "org.subprocessors.respond" },
  async (ctx, input) => {
    const { status } = await respondToNotice(ctx, input);
    refresh();
    return localize(M.answered[status as keyof typeof M.answered], ctx.locale);
  },
);
