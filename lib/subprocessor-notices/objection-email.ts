import "server-only";
// When a customer objects to a subprocessor change (GENERAL) or refuses it (SPECIFIC), every active staff
// member with the PRIVACY role is emailed, in the transaction that records the answer (GDPR.md C2; ADR 0030):
// one outbox row per address, key "subprocessor-objection:<noticeId>:<address>". Plain text in English (the
// staff console's language); every typed text (organisation, subprocessor, member's name, reason) is one
// inert line (S25), the reason quoted.
import { env } from "../config/env.ts";
import type { Tx } from "../db/client.ts";
import { enqueueEmailBatch } from "../mail/outbox.ts";
import { toSingleLine } from "../text/single-line.ts";
import { OBJECTION_EMAIL_MESSAGES as W } from "./messages.ts";
import { activeStaffWith } from "../admin/staff/active-staff.ts";

export type ObjectionFacts = {
  noticeId: string;
  answer: "object" | "refuse";
  organizationName: string;
  subprocessorName: string;
  byName: string;
  reason: string;
};

/** The longest reason respond.ts takes. */
const MAX_REASON = 2000;

export const objectionEmailKey = (noticeId: string, address: string) =>
  `subprocessor-objection:${noticeId}:${address}`;

export function objectionEmail(facts: ObjectionFacts): { subject: string; text: string } {
  const organization = toSingleLine(facts.organizationName);
  const subprocessor = toSingleLine(facts.subprocessorName);
  const queueUrl = new URL("/admin/trust/subprocessors/objections", env().APP_URL).toString();
  const text = [
    W.intro[facts.answer](organization),
    "",
    `${W.organization}: ${organization}`,
    `${W.subprocessor}: ${subprocessor}`,
    `${W.answer}: ${W.answers[facts.answer]}`,
    `${W.by}: ${toSingleLine(facts.byName)}`,
    `${W.reason}: “${toSingleLine(facts.reason, MAX_REASON)}”`,
    "",
    `${W.queue}:`,
    queueUrl,
    ...(facts.answer === "refuse"
      ? ["", `${W.matrix}:`, new URL("/admin/trust/subprocessors/notices", env().APP_URL).toString()]
      : []),
    "",
    "--",
    W.why,
  ].join("\n");
  return { subject: W.subject[facts.answer](organization, subprocessor), text };
}

/** Queues the email to every active PRIVACY staff member; returns how many were new. */
export async function enqueueObjectionEmails(tx: Tx, facts: ObjectionFacts): Promise<number> {
  const staff = await activeStaffWith(tx, ["PRIVACY"]);
  const email = objectionEmail(facts);
  return enqueueEmailBatch(
    tx,
    staff.map((user) => ({
      idempotencyKey: objectionEmailKey(facts.noticeId, user.email),
      to: user.email,
      ...email,
    })),
  );
}
