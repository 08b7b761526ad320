"use server";
// Breach notification actions of the customer portal (S11-S14): thin; lib/incidents/notifications derives the
// organisation from the notification touched and checks org.breaches.respond.
import { refresh } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { acknowledgeInput, acknowledgeNotification } from "@/lib/incidents/notifications/acknowledge";
import { authorityReportInput, recordAuthorityReport } from "@/lib/incidents/notifications/authority-report";
import { BREACH_NOTIFICATION_MESSAGES } from "./messages";

export const acknowledgeNotificationAction = defineAction(
  { input: acknowledgeInput, permission: "org.breaches.respond" },
  async (ctx, input) => {
    await acknowledgeNotification(ctx, input);
    refresh();
    return localize(BREACH_NOTIFICATION_MESSAGES.acknowledged, ctx.locale);
  },
);

export const recordAuthorityReportAction = defineAction(
  { input: authorityReportInput, permission: "org.breaches.respond" },
  async (ctx, input) => {
    await recordAuthorityReport(ctx, input);
    refresh();
    return localize(BREACH_NOTIFICATION_MESSAGES.authorityRecorded, ctx.locale);
  },
);
