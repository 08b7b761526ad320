import "server-only";
// Access rules by email domain (trust.access.review): approve for N days or deny with a reason; and
// the provider-wide switch that refuses free-mail domains (only ProviderSettings.refuseFreeMailDomains
// is touched). Every change is audited with the rule as it was and as it became.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { AppError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";
import type { AccessRuleAction } from "../../generated/prisma/enums.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { multiLineText } from "../../text/multi-line.ts";
import { DOMAIN_PATTERN } from "./email-domain.ts";
import { ACCESS_REQUEST_MESSAGES } from "./messages.ts";

export type AccessRuleRow = {
  id: string;
  domain: string;
  action: AccessRuleAction;
  grantDays: number | null;
  reason: string;
  createdAt: Date;
  updatedAt: Date;
};

const ruleFields = {
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v.replace(/^@/, ""))
    .pipe(
      z.string().max(253).regex(DOMAIN_PATTERN, "Enter a domain such as example.com (no @, no https://)."),
    ),
  action: z.enum(["AUTO_APPROVE", "AUTO_DENY"], { error: "Choose approve or deny." }),
  grantDays: z.string().trim().max(3).default(""),
  // Emailed to requesters: plain text (S25).
  reason: multiLineText({ max: 1000, label: "the reason", tooLong: "At most 1000 characters." }).default(""),
};

/** Approve rules need 1-90 days; deny rules need the reason the requester will read. */
function completeRule<T extends { action: AccessRuleAction; grantDays: string; reason: string }>(
  rule: T,
  context: z.RefinementCtx,
): void {
  if (rule.action === "AUTO_APPROVE") {
    const days = Number(rule.grantDays);
    if (!Number.isInteger(days) || days < 1 || days > 90)
      context.addIssue({ code: "custom", path: ["grantDays"], message: "Approve rules need 1-90 days." });
  } else if (rule.reason.length < 3) {
    context.addIssue({
      code: "custom",
      path: ["reason"],
      message: "Deny rules need a reason for the requester (at least 3 characters).",
    });
  }
}

export const createRuleInput = z.strictObject(ruleFields).superRefine(completeRule);
export const updateRuleInput = z
  .strictObject({ ruleId: z.string().min(1).max(64), ...ruleFields })
  .superRefine(completeRule);
export const deleteRuleInput = z.strictObject({ ruleId: z.string().min(1).max(64) });
export const freeMailSwitchInput = z.strictObject({
  refuse: z.enum(["true", "false"]).transform((v) => v === "true"),
});

const RULE_SELECT = {
  id: true,
  domain: true,
  action: true,
  grantDays: true,
  reason: true,
  createdAt: true,
  updatedAt: true,
} as const;

function storedFields(rule: { domain: string; action: AccessRuleAction; grantDays: string; reason: string }) {
  const approve = rule.action === "AUTO_APPROVE";
  return {
    domain: rule.domain,
    action: rule.action,
    grantDays: approve ? Number(rule.grantDays) : null,
    reason: approve ? "" : rule.reason,
  };
}

export async function listAccessRules(
  ctx: Context,
): Promise<{ rules: AccessRuleRow[]; refuseFreeMailDomains: boolean }> {
  await authorizeStaff(ctx, "trust.access.review");
  const [rules, settings] = await Promise.all([
    db.accessRule.findMany({ orderBy: { domain: "asc" }, select: RULE_SELECT }),
    db.providerSettings.findUnique({
      where: { id: PROVIDER_SETTINGS_ID },
      select: { refuseFreeMailDomains: true },
    }),
  ]);
  return { rules, refuseFreeMailDomains: settings?.refuseFreeMailDomains ?? false };
}

/** Adds a rule; returns the domain as stored (lower case, without "@"). */
export async function createAccessRule(
  ctx: Context,
  input: z.infer<typeof createRuleInput>,
): Promise<{ domain: string }> {
  const { actor } = await authorizeStaff(ctx, "trust.access.review");
  const fields = storedFields(input);
  try {
    await db.$transaction(async (tx) => {
      const rule = await tx.accessRule.create({
        data: { ...fields, createdById: actor.userId },
        select: RULE_SELECT,
      });
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "trust.access.rule.created",
          target: { type: "AccessRule", id: rule.id },
          request: ctx.request,
          metadata: { ...fields },
        },
        { tx, clock: ctx.clock },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("invalid", ACCESS_REQUEST_MESSAGES.ruleExists(fields.domain));
    throw error;
  }
  return { domain: fields.domain };
}

export async function updateAccessRule(
  ctx: Context,
  input: z.infer<typeof updateRuleInput>,
): Promise<{ domain: string }> {
  const { actor } = await authorizeStaff(ctx, "trust.access.review");
  const before = await db.accessRule.findUnique({ where: { id: input.ruleId }, select: RULE_SELECT });
  if (!before) throw new AppError("not_found");
  const fields = storedFields(input);
  try {
    await db.$transaction(async (tx) => {
      await tx.accessRule.update({ where: { id: before.id }, data: fields });
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "trust.access.rule.updated",
          target: { type: "AccessRule", id: before.id },
          request: ctx.request,
          metadata: {
            before: {
              domain: before.domain,
              action: before.action,
              grantDays: before.grantDays,
              reason: before.reason,
            },
            after: fields,
          },
        },
        { tx, clock: ctx.clock },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("invalid", ACCESS_REQUEST_MESSAGES.ruleExistsForDomain(fields.domain));
    throw error;
  }
  return { domain: fields.domain };
}

/** Deletes a rule; requests from its domain go to review again. */
export async function deleteAccessRule(
  ctx: Context,
  input: z.infer<typeof deleteRuleInput>,
): Promise<{ domain: string }> {
  const { actor } = await authorizeStaff(ctx, "trust.access.review");
  const before = await db.accessRule.findUnique({ where: { id: input.ruleId }, select: RULE_SELECT });
  if (!before) throw new AppError("not_found");
  await db.$transaction(async (tx) => {
    await tx.accessRule.delete({ where: { id: before.id } });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "trust.access.rule.deleted",
        target: { type: "AccessRule", id: before.id },
        request: ctx.request,
        metadata: {
          domain: before.domain,
          action: before.action,
          grantDays: before.grantDays,
          reason: before.reason,
        },
      },
      { tx, clock: ctx.clock },
    );
  });
  return { domain: before.domain };
}

/** Sets the free-mail switch; `changed` is false when it already had that value (nothing is written). */
export async function setRefuseFreeMailDomains(
  ctx: Context,
  input: z.infer<typeof freeMailSwitchInput>,
): Promise<{ refuse: boolean; changed: boolean }> {
  const { actor } = await authorizeStaff(ctx, "trust.access.review");
  const current = await db.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { refuseFreeMailDomains: true },
  });
  if (!current) throw new AppError("conflict", ACCESS_REQUEST_MESSAGES.settingsMissing);
  if (current.refuseFreeMailDomains === input.refuse) return { refuse: input.refuse, changed: false };
  await db.$transaction(async (tx) => {
    await tx.providerSettings.update({
      where: { id: PROVIDER_SETTINGS_ID },
      data: { refuseFreeMailDomains: input.refuse },
    });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "trust.access.free_mail.changed",
        target: { type: "ProviderSettings", id: PROVIDER_SETTINGS_ID },
        request: ctx.request,
        metadata: { refuseFreeMailDomains: input.refuse },
      },
      { tx, clock: ctx.clock },
    );
  });
  return { refuse: input.refuse, changed: true };
}
