"use server";
// The portal audit log's verification (org.audit.view): thin; lib/audit authorises the slug, throttles per
// organisation, verifies and audits. The outcome comes back as facts with its sentence in the reader's
// language, so the form can show a broken chain as a warning.
import { revalidatePath } from "next/cache";
import { verifyOrganizationAuditLog, verifyOrganizationAuditLogInput } from "@/lib/audit/organization-log";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { PORTAL_AUDIT_MESSAGES as M } from "./messages";

export type VerifyOutcome = { intact: boolean; text: string };

export const verifyOrganizationAuditLogAction = defineAction(
  { input: verifyOrganizationAuditLogInput, permission: "org.audit.view" },
  async (ctx, { slug, scope }): Promise<VerifyOutcome> => {
    const result = await verifyOrganizationAuditLog(ctx, slug, { scope });
    revalidatePath(`/portal/${slug}/audit`);
    return { intact: result.ok, text: localize(M.verified(result), ctx.locale) };
  },
);
