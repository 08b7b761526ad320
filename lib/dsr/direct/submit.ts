import "server-only";
// A data subject writes to the provider directly (A7/A8). Whatever they write, the answer is the same:
// received (the page never says whether the company they name is a customer, and nothing is looked up
// now); only a throttled sender is told to wait (S20: per IP and per address; when blocked nothing is
// stored). A filled-in honeypot gets the same answer and stores nothing. The message is stored sealed for
// staff to route, never executed; the sender gets an acknowledgement that promises nothing about any
// company. Audited in the provider's chain without the sender's details.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { enqueueEmail } from "../../mail/outbox.ts";
import { providerBranding } from "../../provider/branding.ts";
import { consumeAttempt, minutesToWait, type ThrottleRule } from "../../security/throttle.ts";
import { auditForProvider, dsrEvent } from "../audit.ts";
import { DSR_EMAILS } from "../messages.ts";
import { sealDirectContent } from "./content.ts";
import type { DirectRequestInput } from "./input.ts";
import { randomUUID } from "node:crypto";

const HOUR = 3_600_000;
export const DIRECT_REQUEST_RULES = {
  ip: { name: "dsr-direct:ip", limit: 5, windowMs: HOUR, blockMs: HOUR },
  address: { name: "dsr-direct:address", limit: 3, windowMs: HOUR, blockMs: HOUR },
} as const satisfies Record<string, ThrottleRule>;

export type DirectRequestOutcome = { status: "received" } | { status: "throttled"; minutes: number };

export async function submitDirectRequest(
  ctx: Context,
  input: DirectRequestInput,
): Promise<DirectRequestOutcome> {
  if (input.website.trim() !== "") return { status: "received" };
  const verdict = await consumeAttempt(
    [
      { rule: DIRECT_REQUEST_RULES.ip, subject: ctx.request.ip ?? "unknown" },
      { rule: DIRECT_REQUEST_RULES.address, subject: input.email },
    ],
    ctx.clock,
  );
  if (verdict.blocked) return { status: "throttled", minutes: minutesToWait(verdict.retryAfterMs) };
  const now = ctx.clock.now();
  // Named as the provider's pages name it (the generic name until one is set).
  const provider = (await providerBranding()).name;
  await db.$transaction(async (tx) => {
    const id = randomUUID();
    await tx.directRequest.create({
      data: {
        id,
        type: input.type,
        contentSealed: sealDirectContent(id, {
          name: input.name,
          email: input.email,
          company: input.company,
          message: input.message,
        }),
        locale: input.locale,
        receivedAt: now,
        createdAt: now,
      },
    });
    await enqueueEmail(tx, {
      idempotencyKey: `dsr-direct-ack:${id}`,
      to: input.email,
      ...DSR_EMAILS.acknowledgement[input.locale]({ provider }),
    });
    await auditForProvider(
      tx,
      {
        actor: { userId: null, label: "data subject (public form)" },
        request: ctx.request,
        clock: ctx.clock,
      },
      [
        dsrEvent(
          "dsr.direct_request.received",
          { type: "DirectRequest", id },
          { type: input.type, locale: input.locale },
        ),
      ],
    );
  });
  await requestEmailDelivery();
  return { status: "received" };
}
