import "server-only";
// The body Article28 POSTs for one task (protocol.ts, docs/connectors/protocol.md), from the task, its
// request (subject and details opened from their seals) and the callback address with the task's token.
import { env } from "../../config/env.ts";
import type { DsrTaskAction, DsrType } from "../../generated/prisma/enums.ts";
import { callbackTokenFor } from "./callback-token.ts";
import { PROTOCOL_VERSION, WIRE_ACTIONS, type TaskMessage } from "./protocol.ts";
import { openDetails, openSubject } from "../subject.ts";

export type TaskForMessage = {
  id: string;
  action: DsrTaskAction;
  idempotencyKey: string;
  request: {
    id: string;
    reference: string;
    type: DsrType;
    subjectSealed: string | null;
    detailsSealed: string | null;
    organization: { id: string; slug: string };
  };
};

export function callbackUrlFor(taskId: string): string {
  return new URL(`/api/connectors/tasks/${encodeURIComponent(taskId)}/callback`, env().APP_URL).toString();
}

/** The message, or null when the request no longer holds the subject (it closed meanwhile). */
export function taskMessageFor(task: TaskForMessage): TaskMessage | null {
  if (!task.request.subjectSealed) return null;
  const subject = openSubject(task.request.id, task.request.subjectSealed);
  const details = openDetails(task.request.id, task.request.detailsSealed);
  const message: TaskMessage = {
    version: PROTOCOL_VERSION,
    taskId: task.id,
    action: WIRE_ACTIONS[task.action],
    organization: { id: task.request.organization.id, slug: task.request.organization.slug },
    subject: {
      ...(subject.email ? { email: subject.email } : {}),
      ...(subject.externalId ? { externalId: subject.externalId } : {}),
    },
    request: { reference: task.request.reference, type: task.request.type.toLowerCase() },
    callback: { url: callbackUrlFor(task.id), token: callbackTokenFor(task.idempotencyKey) },
  };
  if (task.action === "RECTIFY" && details && "corrections" in details)
    message.corrections = details.corrections;
  if ((task.action === "RESTRICT" || task.action === "OBJECT") && details && "scope" in details)
    message.scope = details.scope;
  return message;
}
