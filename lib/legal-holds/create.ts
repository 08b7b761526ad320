import "server-only";
// Placing a legal hold (GDPR.md G2; staff PRIVACY and ADMIN): on an organisation, on a data subject of an
// organisation (matched by keyed hash, never stored in clear), on a data category (for one organisation or
// all), or on an incident. From the moment it commits, every deletion path asks `holdsBlocking` and refuses.
import { randomBytes } from "node:crypto";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { subjectHashes } from "../dsr/subject.ts";
import { AppError } from "../errors.ts";
import { retentionCategory } from "../retention/categories/index.ts";
import type { CreateHoldInput } from "./input.ts";
import { LEGAL_HOLD_MESSAGES } from "./messages.ts";

export type CreatedHold = { id: string; reference: string };

async function organizationOf(organizationId: string | undefined): Promise<string> {
  const organization = organizationId
    ? await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } })
    : null;
  if (!organization) throw new AppError("invalid", LEGAL_HOLD_MESSAGES.organizationRequired);
  return organization.id;
}

async function scopeFields(input: CreateHoldInput) {
  switch (input.scope) {
    case "ORGANIZATION":
      return { organizationId: await organizationOf(input.organizationId) };
    case "SUBJECT": {
      const organizationId = await organizationOf(input.organizationId);
      if (!input.email && !input.externalId)
        throw new AppError("invalid", LEGAL_HOLD_MESSAGES.subjectRequired);
      const subject = { email: input.email, externalId: input.externalId };
      return { organizationId, subjectHashes: subjectHashes(organizationId, subject) };
    }
    case "CATEGORY":
      if (!input.category || !(await retentionCategory(input.category, db)))
        throw new AppError("invalid", LEGAL_HOLD_MESSAGES.categoryRequired);
      return {
        category: input.category,
        organizationId: input.organizationId ? await organizationOf(input.organizationId) : null,
      };
    case "INCIDENT": {
      const incident = input.incidentId
        ? await db.incident.findUnique({ where: { id: input.incidentId }, select: { id: true } })
        : null;
      if (!incident) throw new AppError("invalid", LEGAL_HOLD_MESSAGES.incidentRequired);
      return { incidentId: incident.id };
    }
  }
}

export async function createHold(ctx: Context, input: CreateHoldInput): Promise<CreatedHold> {
  const staff = await authorizeStaff(ctx, "holds.manage");
  const fields = await scopeFields(input);
  const reference = `LH-${randomBytes(3).toString("hex").toUpperCase()}`;
  return db.$transaction(async (tx) => {
    const hold = await tx.legalHold.create({
      data: {
        reference,
        scope: input.scope,
        ...fields,
        reason: input.reason,
        createdById: staff.actor.userId,
        createdAt: ctx.clock.now(),
      },
      select: { id: true, reference: true, organizationId: true, category: true, incidentId: true },
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(staff.actor),
        action: "hold.created",
        target: { type: "LegalHold", id: hold.id },
        request: ctx.request,
        metadata: {
          reference: hold.reference,
          scope: input.scope,
          organizationId: hold.organizationId,
          category: hold.category,
          incidentId: hold.incidentId,
          reason: input.reason,
        },
      },
      { tx, clock: ctx.clock },
    );
    return { id: hold.id, reference: hold.reference };
  });
}
