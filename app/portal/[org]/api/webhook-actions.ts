"use server";
// Webhook endpoint actions of the portal's API page (S11–S14): thin; lib/webhooks authorises the slug
// (org.api.manage) and touches only that organisation's endpoints.
import { refresh } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { requestWebhookDelivery } from "@/lib/jobs/webhook-jobs";
import { createEndpointInput, endpointActionInput } from "@/lib/webhooks/endpoint-input";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  enableWebhookEndpoint,
  sendTestEvent,
} from "@/lib/webhooks/manage-endpoints";
import { WEBHOOK_PAGE_MESSAGES as M } from "./messages";

/** The signing secret comes back once, in this answer. */
export const createEndpointAction = defineAction(
  { input: createEndpointInput, permission: "org.api.manage" },
  async (ctx, input) => {
    const { secret } = await createWebhookEndpoint(ctx, input);
    refresh();
    return { secret };
  },
);

export const sendTestEventAction = defineAction(
  { input: endpointActionInput, permission: "org.api.manage" },
  async (ctx, input) => {
    const { messageId } = await sendTestEvent(ctx, input);
    await requestWebhookDelivery();
    refresh();
    return localize(M.testQueued(messageId), ctx.locale);
  },
);

export const enableEndpointAction = defineAction(
  { input: endpointActionInput, permission: "org.api.manage" },
  async (ctx, input) => {
    await enableWebhookEndpoint(ctx, input);
    refresh();
    return localize(M.enabled, ctx.locale);
  },
);

export const deleteEndpointAction = defineAction(
  { input: endpointActionInput, permission: "org.api.manage" },
  async (ctx, input) => {
    await deleteWebhookEndpoint(ctx, input);
    refresh();
    return localize(M.removed, ctx.locale);
  },
);
