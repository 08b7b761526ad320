"use server";
// Breach notification actions of the customer portal (S11-S14): thin; lib/incidents/notifications derives the
// organisation from the notification touched and checks org.breaches.respond.
import { refresh } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { acknowledgeInput, acknowledgeNotification } from "@/lib/incidents/notifications/acknowledge";
import { authorityReportInput, recordAuthorityReport } from "@/lib/incidents/notifications/authority-report";

export const acknowledgeNotificationAction = defineAction(acknowledgeInput, async (input) => {
  await acknowledgeNotification(input);
  refresh();
  return "Acknowledged. The processor can see who acknowledged and when.";
});

export const recordAuthorityReportAction = defineAction(authorityReportInput, async (input) => {
  await recordAuthorityReport(input);
  refresh();
  return "Your supervisory authority record was saved.";
});
