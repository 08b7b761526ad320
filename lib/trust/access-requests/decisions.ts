import "server-only";
// Staff decide requested documents one by one (trust.access.review): approve for 1-90 days or deny
// with a reason, and revoke an approval. A decision applies only to a grant still pending (compare-
// and-swap, so two reviewers cannot both decide it). An approval issues a new personal link and
// replaces the stored hash (the email says the earlier link stopped working). Every step is audited.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { AppError } from "../../errors.ts";
import { db, type Tx } from "../../db/client.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { enqueueEmail } from "../../mail/outbox.ts";
import { multiLineText } from "../../text/multi-line.ts";
import { accessPageUrl, newAccessToken } from "./access-link.ts";
import { DEFAULT_GRANT_DAYS } from "./automatic-decision.ts";
import { approvedEmail, deniedEmail, revokedEmail } from "./emails.ts";
import { ACCESS_REQUEST_MESSAGES } from "./messages.ts";
import { providerTimeZone } from "../../provider/default-time-zone.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const grantId = z.string().min(1).max(64);

export const approveGrantInput = z.strictObject({
  grantId,
  days: z.coerce
    .number({ error: "Enter the number of days (1-90)." })
    .int("Enter whole days.")
    .min(1, "At least 1 day.")
    .max(90, "At most 90 days.")
    .default(DEFAULT_GRANT_DAYS),
});
export const denyGrantInput = z.strictObject({
  grantId,
  // Emailed to the requester: plain text (S25).
  reason: multiLineText({
    max: 1000,
    min: 3,
    label: "the reason",
    required: "Give the requester a reason (at least 3 characters).",
    tooLong: "At most 1000 characters.",
  }),
});
export const revokeGrantInput = z.strictObject({ grantId });

const GRANT_SELECT = {
  id: true,
  status: true,
  revokedAt: true,
  document: { select: { slug: true, title: true, titleDe: true, archivedAt: true } },
  request: { select: { id: true, name: true, email: true, locale: true, accessTokenHash: true } },
} as const;

async function loadGrant(id: string) {
  const grant = await db.accessGrant.findUnique({ where: { id }, select: GRANT_SELECT });
  if (!grant) throw new AppError("not_found");
  return grant;
}
type LoadedGrant = Awaited<ReturnType<typeof loadGrant>>;

const documentTitle = (grant: LoadedGrant) =>
  (grant.request.locale === "de" && grant.document.titleDe) || grant.document.title;

async function providerName(tx: Tx): Promise<string> {
  return (
    (
      await tx.providerSettings.findUnique({
        where: { id: PROVIDER_SETTINGS_ID },
        select: { displayName: true },
      })
    )?.displayName ?? ACCESS_REQUEST_MESSAGES.providerFallback
  );
}

const alreadyDecided = () => new AppError("conflict", ACCESS_REQUEST_MESSAGES.alreadyDecided);

/** What a decision was about: the document (its English title) and the requester. */
export type GrantDecision = { documentTitle: string; email: string };

/** Claims the pending grant for this decision; fails when someone decided it meanwhile. */
async function claimPending(
  tx: Tx,
  id: string,
  data: Parameters<Tx["accessGrant"]["updateMany"]>[0]["data"],
): Promise<void> {
  const claimed = await tx.accessGrant.updateMany({ where: { id, status: "PENDING" }, data });
  if (claimed.count !== 1) throw alreadyDecided();
}

/** The request is decided once none of its documents waits any more. */
async function settleRequest(
  tx: Tx,
  requestId: string,
  extra: { accessTokenHash?: string } = {},
): Promise<void> {
  const waiting = await tx.accessGrant.count({ where: { requestId, status: "PENDING" } });
  await tx.accessRequest.update({
    where: { id: requestId },
    data: { status: waiting > 0 ? "PENDING" : "DECIDED", ...extra },
  });
}

/** Approves a pending grant for `days`; the requester is emailed a new personal link. */
export async function approveGrant(
  ctx: Context,
  input: z.infer<typeof approveGrantInput>,
): Promise<GrantDecision & { days: number }> {
  const { actor } = await authorizeStaff(ctx, "trust.access.review");
  const grant = await loadGrant(input.grantId);
  if (grant.status !== "PENDING") throw alreadyDecided();
  if (grant.document.archivedAt) throw new AppError("conflict", ACCESS_REQUEST_MESSAGES.archivedDocument);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + input.days * DAY_MS);
  const access = newAccessToken();
  await db.$transaction(async (tx) => {
    await claimPending(tx, grant.id, {
      status: "APPROVED",
      expiresAt,
      decidedAt: now,
      decidedById: actor.userId,
      reason: "",
    });
    await settleRequest(tx, grant.request.id, { accessTokenHash: access.hash });
    const message = approvedEmail({
      locale: grant.request.locale,
      name: grant.request.name,
      providerName: await providerName(tx),
      documentTitle: documentTitle(grant),
      expiresAt,
      link: accessPageUrl(grant.request.locale, access.token),
      replacesEarlierLink: grant.request.accessTokenHash !== null,
      timeZone: await providerTimeZone(tx),
    });
    await enqueueEmail(tx, {
      idempotencyKey: `access-grant:${grant.id}:approved`,
      to: grant.request.email,
      ...message,
      sensitive: true,
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "trust.access.grant.approved",
        target: { type: "AccessGrant", id: grant.id },
        request: ctx.request,
        metadata: {
          requestId: grant.request.id,
          email: grant.request.email,
          document: grant.document.slug,
          days: input.days,
          expiresAt,
          linkReplaced: grant.request.accessTokenHash !== null,
        },
      },
      { tx, clock: ctx.clock },
    );
  });
  await requestEmailDelivery();
  return { documentTitle: grant.document.title, email: grant.request.email, days: input.days };
}

/** Denies a pending grant; the reason is emailed to the requester. */
export async function denyGrant(ctx: Context, input: z.infer<typeof denyGrantInput>): Promise<GrantDecision> {
  const { actor } = await authorizeStaff(ctx, "trust.access.review");
  const grant = await loadGrant(input.grantId);
  if (grant.status !== "PENDING") throw alreadyDecided();
  const now = ctx.clock.now();
  await db.$transaction(async (tx) => {
    await claimPending(tx, grant.id, {
      status: "DENIED",
      decidedAt: now,
      decidedById: actor.userId,
      reason: input.reason,
    });
    await settleRequest(tx, grant.request.id);
    const message = deniedEmail({
      locale: grant.request.locale,
      name: grant.request.name,
      providerName: await providerName(tx),
      documentTitle: documentTitle(grant),
      reason: input.reason,
    });
    await enqueueEmail(tx, {
      idempotencyKey: `access-grant:${grant.id}:denied`,
      to: grant.request.email,
      ...message,
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "trust.access.grant.denied",
        target: { type: "AccessGrant", id: grant.id },
        request: ctx.request,
        metadata: {
          requestId: grant.request.id,
          email: grant.request.email,
          document: grant.document.slug,
          reason: input.reason,
        },
      },
      { tx, clock: ctx.clock },
    );
  });
  await requestEmailDelivery();
  return { documentTitle: grant.document.title, email: grant.request.email };
}

/** Revokes an approved grant; `revoked` is false when it was revoked before (nothing is written). */
export async function revokeGrant(
  ctx: Context,
  input: z.infer<typeof revokeGrantInput>,
): Promise<GrantDecision & { revoked: boolean }> {
  const { actor } = await authorizeStaff(ctx, "trust.access.review");
  const grant = await loadGrant(input.grantId);
  if (grant.status !== "APPROVED")
    throw new AppError("conflict", ACCESS_REQUEST_MESSAGES.onlyApprovedRevocable);
  const decision = { documentTitle: grant.document.title, email: grant.request.email };
  if (grant.revokedAt) return { ...decision, revoked: false };
  const now = ctx.clock.now();
  await db.$transaction(async (tx) => {
    const revoked = await tx.accessGrant.updateMany({
      where: { id: grant.id, status: "APPROVED", revokedAt: null },
      data: { revokedAt: now, revokedById: actor.userId },
    });
    if (revoked.count !== 1) return;
    const message = revokedEmail({
      locale: grant.request.locale,
      name: grant.request.name,
      providerName: await providerName(tx),
      documentTitle: documentTitle(grant),
    });
    await enqueueEmail(tx, {
      idempotencyKey: `access-grant:${grant.id}:revoked`,
      to: grant.request.email,
      ...message,
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "trust.access.grant.revoked",
        target: { type: "AccessGrant", id: grant.id },
        request: ctx.request,
        metadata: { requestId: grant.request.id, email: grant.request.email, document: grant.document.slug },
      },
      { tx, clock: ctx.clock },
    );
  });
  await requestEmailDelivery();
  return { ...decision, revoked: true };
}
