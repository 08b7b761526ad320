"use server";
// The closure page's actions (org.closure.manage: owners): thin; lib/account-closure authorises the slug
// against the caller's membership, asks for a recent re-authentication, records and audits.
import { refresh } from "next/cache";
import { cancelClosure } from "@/lib/account-closure/cancel-closure";
import { cancelClosureInput, requestClosureInput } from "@/lib/account-closure/input";
import { requestClosure } from "@/lib/account-closure/request-closure";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { CLOSURE_PAGE_MESSAGES as M } from "./messages";

export const requestClosureAction = defineAction(
  { input: requestClosureInput, permission: "org.closure.manage" },
  async (ctx, input) => {
    const closure = await requestClosure(ctx, input);
    refresh();
    return localize(M.requested(closure.reference), ctx.locale);
  },
);

export const cancelClosureAction = defineAction(
  { input: cancelClosureInput, permission: "org.closure.manage" },
  async (ctx, input) => {
    const { reference } = await cancelClosure(ctx, input);
    refresh();
    return localize(M.cancelled(reference), ctx.locale);
  },
);
