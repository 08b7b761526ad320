import "server-only";
// Access rules by email domain (trust.access.review): approve for N days or deny with a reason; and
// the provider-wide switch that refuses free-mail domains (only ProviderSettings.refuseFreeMailDomains
// is touched). Every change is audited with the rule as it was and as it became.
import { z } from "zod";
import { recordAudit, userActor } from "../../audit/record.ts";
import { requireStaff } from "../../auth/authorization/authorize.ts";
import { currentRequest } from "../../auth/sessions/actor.ts";
import { NotFoundError, UserFacingError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";
import type { AccessRuleAction } from "../../generated/prisma/enums.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { DOMAIN_PATTERN } from "./email-domain.ts";

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
  reason: z.string().trim().max(1000, "At most 1000 characters.").default(""),
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

export async function listAccessRules(): Promise<{ rules: AccessRuleRow[]; refuseFreeMailDomains: boolean }> {
  await requireStaff("trust.access.review");
  const [rules, settings] = await Promise.all([
    db.accessRule.findMany({ orderBy: { domain: "asc" }, select: RULE_SELECT }),
    db.providerSettings.findUnique({
      where: { id: PROVIDER_SETTINGS_ID },
      select: { refuseFreeMailDomains: true },
    }),
  ]);
  return { rules, refuseFreeMailDomains: settings?.refuseFreeMailDomains ?? false };
}

export async function createAccessRule(
  input: z.infer<typeof createRuleInput>,
  clock: Clock = systemClock,
): Promise<string> {
  const actor = await requireStaff("trust.access.review");
  const fields = storedFields(input);
  const request = await currentRequest();
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
          request,
          metadata: { ...fields },
        },
        { tx, clock },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new UserFacingError(`There is already a rule for ${fields.domain}; edit that one.`);
    throw error;
  }
  return `Rule for ${fields.domain} saved.`;
}

export async function updateAccessRule(
  input: z.infer<typeof updateRuleInput>,
  clock: Clock = systemClock,
): Promise<string> {
  const actor = await requireStaff("trust.access.review");
  const before = await db.accessRule.findUnique({ where: { id: input.ruleId }, select: RULE_SELECT });
  if (!before) throw new NotFoundError("The rule");
  const fields = storedFields(input);
  const request = await currentRequest();
  try {
    await db.$transaction(async (tx) => {
      await tx.accessRule.update({ where: { id: before.id }, data: fields });
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "trust.access.rule.updated",
          target: { type: "AccessRule", id: before.id },
          request,
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
        { tx, clock },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserFacingError(`There is already a rule for ${fields.domain}.`);
    throw error;
  }
  return `Rule for ${fields.domain} updated.`;
}

export async function deleteAccessRule(
  input: z.infer<typeof deleteRuleInput>,
  clock: Clock = systemClock,
): Promise<string> {
  const actor = await requireStaff("trust.access.review");
  const before = await db.accessRule.findUnique({ where: { id: input.ruleId }, select: RULE_SELECT });
  if (!before) throw new NotFoundError("The rule");
  const request = await currentRequest();
  await db.$transaction(async (tx) => {
    await tx.accessRule.delete({ where: { id: before.id } });
    await recordAudit(
      {
        organizationId: null,
        actor: userActor(actor),
        action: "trust.access.rule.deleted",
        target: { type: "AccessRule", id: before.id },
        request,
        metadata: {
          domain: before.domain,
          action: before.action,
          grantDays: before.grantDays,
          reason: before.reason,
        },
      },
      { tx, clock },
    );
  });
  return `Rule for ${before.domain} deleted; requests from it go to review again.`;
}

export async function setRefuseFreeMailDomains(
  input: z.infer<typeof freeMailSwitchInput>,
  clock: Clock = systemClock,
): Promise<string> {
  const actor = await requireStaff("trust.access.review");
  const current = await db.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { refuseFreeMailDomains: true },
  });
  if (!current) throw new UserFacingError("The provider settings are missing; run the setup first.");
  if (current.refuseFreeMailDomains === input.refuse)
    return input.refuse
      ? "Free-mail addresses were already refused."
      : "Free-mail addresses were already accepted.";
  const request = await currentRequest();
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
        request,
        metadata: { refuseFreeMailDomains: input.refuse },
      },
      { tx, clock },
    );
  });
  return input.refuse
    ? "Requests from free-mail addresses are now denied with a reason."
    : "Requests from free-mail addresses now go to review.";
}
