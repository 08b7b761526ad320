"use server";
// Console actions on data-subject requests (S11-S14): thin; the wrapper checks the staff permission,
// lib/dsr/staff and lib/dsr/direct decide and audit.
import { refresh } from "next/cache";
import { closeDirectInput, routeDirectInput } from "@/lib/dsr/direct/input";
import { closeDirectRequest, routeDirectRequest } from "@/lib/dsr/direct/staff";
import { assignRequest } from "@/lib/dsr/staff/assign";
import { addComment } from "@/lib/dsr/staff/comment";
import { declineRequest } from "@/lib/dsr/staff/decline";
import { extendRequest } from "@/lib/dsr/staff/extend";
import { assignInput, commentInput, declineInput, extendInput } from "@/lib/dsr/staff/input";
import { defineAction } from "@/lib/http/action";
import { formatInstant } from "@/lib/i18n/format";
import { DETAIL_MESSAGES, INBOX_MESSAGES } from "./messages";

export const assignAction = defineAction(
  { input: assignInput, permission: "dsr.manage" },
  async (ctx, input) => {
    const { assigneeName } = await assignRequest(ctx, input);
    refresh();
    return DETAIL_MESSAGES.assigned(assigneeName);
  },
);

export const commentAction = defineAction(
  { input: commentInput, permission: "dsr.manage" },
  async (ctx, input) => {
    await addComment(ctx, input);
    refresh();
    return DETAIL_MESSAGES.commented;
  },
);

export const extendAction = defineAction(
  { input: extendInput, permission: "dsr.manage" },
  async (ctx, input) => {
    const { newDueAt, timeZone, controllerNotified } = await extendRequest(ctx, input);
    refresh();
    return DETAIL_MESSAGES.extended(formatInstant("en", newDueAt, timeZone), controllerNotified);
  },
);

export const declineAction = defineAction(
  { input: declineInput, permission: "dsr.manage" },
  async (ctx, input) => {
    const { reference } = await declineRequest(ctx, input);
    refresh();
    return DETAIL_MESSAGES.declined(reference);
  },
);

export const routeDirectAction = defineAction(
  { input: routeDirectInput, permission: "dsr.manage" },
  async (ctx, input) => {
    const { reference } = await routeDirectRequest(ctx, input);
    refresh();
    return INBOX_MESSAGES.routed(reference);
  },
);

export const closeDirectAction = defineAction(
  { input: closeDirectInput, permission: "dsr.manage" },
  async (ctx, input) => {
    await closeDirectRequest(ctx, input);
    refresh();
    return INBOX_MESSAGES.closed;
  },
);
