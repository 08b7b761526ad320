// Access rules and the free-mail switch: staff with trust.access.review create, change and delete
// rules; every change is audited with the rule before and after; the switch touches one field only.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import type { SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { contextFor } from "../../testing/context.ts";
import { uniqueSuffix } from "../library/test-fixtures.ts";
import { ACCESS_REQUEST_MESSAGES } from "./messages.ts";
import {
  createAccessRule,
  createRuleInput,
  deleteAccessRule,
  listAccessRules,
  setRefuseFreeMailDomains,
  updateAccessRule,
  updateRuleInput,
} from "./rules.ts";

let staffId: string;
let ctx: SignedInContext;
beforeAll(async () => {
  await upsertProviderSettings();
  const staff = await createUser({ staffRoles: ["SECURITY"] });
  staffId = staff.id;
  ctx = await contextFor(staff);
});

describe("access rules", () => {
  it("creates an approve rule (days kept, reason dropped) and a deny rule (reason kept, days dropped), audited", async () => {
    const domain = `partner-${uniqueSuffix()}.example`;
    expect(
      await createAccessRule(
        ctx,
        createRuleInput.parse({
          domain: ` @${domain.toUpperCase()} `,
          action: "AUTO_APPROVE",
          grantDays: "45",
          reason: "ignored",
        }),
      ),
    ).toEqual({ domain });
    const approve = await db.accessRule.findUniqueOrThrow({ where: { domain } });
    expect(approve).toMatchObject({
      action: "AUTO_APPROVE",
      grantDays: 45,
      reason: "",
      createdById: staffId,
    });
    const created = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.access.rule.created", targetId: approve.id },
    });
    expect(created).toMatchObject({ actorUserId: staffId });
    expect(created.metadata).toMatchObject({ domain, action: "AUTO_APPROVE", grantDays: 45 });

    const rival = `rival-${uniqueSuffix()}.example`;
    await createAccessRule(
      ctx,
      createRuleInput.parse({ domain: rival, action: "AUTO_DENY", grantDays: "12", reason: "Competitor" }),
    );
    expect(await db.accessRule.findUniqueOrThrow({ where: { domain: rival } })).toMatchObject({
      action: "AUTO_DENY",
      grantDays: null,
      reason: "Competitor",
    });
  });

  it("refuses incomplete rules and malformed domains", () => {
    const issues = (input: Record<string, string>) =>
      (createRuleInput.safeParse(input).error?.issues ?? []).map((i) => i.path.join("."));
    expect(issues({ domain: "a.example", action: "AUTO_APPROVE", grantDays: "0" })).toEqual(["grantDays"]);
    expect(issues({ domain: "a.example", action: "AUTO_APPROVE", grantDays: "91" })).toEqual(["grantDays"]);
    expect(issues({ domain: "a.example", action: "AUTO_DENY", reason: "" })).toEqual(["reason"]);
    expect(issues({ domain: "https://a.example", action: "AUTO_DENY", reason: "Nope" })).toEqual(["domain"]);
    expect(issues({ domain: "a.example", action: "AUTO_DENY", reason: "Nope", organizationId: "x" })).toEqual(
      [""],
    );
  });

  it("refuses a second rule for the same domain with a clear message", async () => {
    const domain = `dup-${uniqueSuffix()}.example`;
    await createAccessRule(
      ctx,
      createRuleInput.parse({ domain, action: "AUTO_DENY", reason: "Not allowed" }),
    );
    await expect(
      createAccessRule(ctx, createRuleInput.parse({ domain, action: "AUTO_APPROVE", grantDays: "5" })),
    ).rejects.toMatchObject({ code: "invalid", text: ACCESS_REQUEST_MESSAGES.ruleExists(domain) });
    expect(await db.accessRule.count({ where: { domain } })).toBe(1);
  });

  it("updates and deletes a rule, auditing what it was and what it became", async () => {
    const domain = `change-${uniqueSuffix()}.example`;
    await createAccessRule(ctx, createRuleInput.parse({ domain, action: "AUTO_APPROVE", grantDays: "10" }));
    const rule = await db.accessRule.findUniqueOrThrow({ where: { domain } });
    await updateAccessRule(
      ctx,
      updateRuleInput.parse({ ruleId: rule.id, domain, action: "AUTO_DENY", reason: "Contract ended" }),
    );
    expect(await db.accessRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({
      action: "AUTO_DENY",
      grantDays: null,
      reason: "Contract ended",
    });
    const updated = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.access.rule.updated", targetId: rule.id },
    });
    expect(updated.metadata).toMatchObject({
      before: { action: "AUTO_APPROVE", grantDays: 10 },
      after: { action: "AUTO_DENY", reason: "Contract ended" },
    });

    await deleteAccessRule(ctx, { ruleId: rule.id });
    expect(await db.accessRule.count({ where: { id: rule.id } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { action: "trust.access.rule.deleted", targetId: rule.id } }),
    ).toBe(1);
    expect((await listAccessRules(ctx)).rules.some((r) => r.id === rule.id)).toBe(false);
  });
});

describe("free-mail switch", () => {
  it("changes only ProviderSettings.refuseFreeMailDomains, audited; setting the same value again changes nothing", async () => {
    const before = await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } });
    expect(before.refuseFreeMailDomains).toBe(false);
    await setRefuseFreeMailDomains(ctx, { refuse: true });
    const after = await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } });
    expect({ ...after, updatedAt: before.updatedAt }).toEqual({ ...before, refuseFreeMailDomains: true });
    expect((await listAccessRules(ctx)).refuseFreeMailDomains).toBe(true);
    const audits = () => db.auditEvent.count({ where: { action: "trust.access.free_mail.changed" } });
    expect(await audits()).toBe(1);
    expect(await setRefuseFreeMailDomains(ctx, { refuse: true })).toEqual({ refuse: true, changed: false });
    expect(await audits()).toBe(1);
    await setRefuseFreeMailDomains(ctx, { refuse: false });
    expect(await audits()).toBe(2);
  });
});
