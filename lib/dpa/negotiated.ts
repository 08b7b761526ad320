import "server-only";
// An individually negotiated DPA (ADR 0029): staff who handle customers' contracts (admin.organizations.manage:
// ADMIN, PRIVACY) attach the signed PDF to one organisation — checked like every upload (S16: size, type,
// magic bytes, a real PDF) and fingerprinted with its SHA-256 — and from then on that organisation is bound
// by it instead of the standard version: no banner, no reminders, acceptedDpaAt returns it. Every member of
// the organisation may download it (it is their contract), staff too; each download is audited.
import { z } from "zod";
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { auditEvent, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug, authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context, SignedInContext } from "../context/context.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { singleLineText } from "../text/single-line.ts";
import { calendarDayInput } from "../time/date-input.ts";
import { assertAcceptablePdf, type UploadedFile } from "../trust/library/pdf-upload-check.ts";
import { DPA_MESSAGES as M } from "./messages.ts";

export const negotiatedDpaInput = z.strictObject({
  title: singleLineText({
    max: 200,
    label: "the title",
    required: "Name the contract (e.g. DPA Acme, signed 3 March 2027).",
  }),
  effectiveDate: calendarDayInput({ message: "Enter a valid date (YYYY-MM-DD) between 2000 and 2100." }),
});
export type NegotiatedDpaInput = z.output<typeof negotiatedDpaInput>;

const FILE_REQUIRED = { en: "Choose the signed PDF." };

export async function attachNegotiatedDpa(
  ctx: Context,
  organizationId: string,
  input: NegotiatedDpaInput,
  file: UploadedFile | null,
): Promise<{ id: string; sha256: string }> {
  const staff = await authorizeStaff(ctx, "admin.organizations.manage");
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true },
  });
  if (!organization) throw new AppError("not_found", M.unknownOrganization);
  if (!file) throw new AppError("invalid", FILE_REQUIRED);
  await assertAcceptablePdf(file);
  const bytes = Buffer.from(file.bytes);
  const sha256 = sha256Hex(bytes);
  return db.$transaction(async (tx) => {
    const row = await tx.negotiatedDpa.create({
      data: {
        organizationId,
        title: input.title,
        file: bytes,
        size: bytes.byteLength,
        sha256,
        effectiveDate: input.effectiveDate,
        attachedById: staff.actor.userId,
        attachedAt: ctx.clock.now(),
      },
      select: { id: true },
    });
    await auditInOrganizationAndProvider(
      tx,
      { organizationId, actor: userActor(staff.actor), request: ctx.request, clock: ctx.clock },
      auditEvent("dpa.negotiated.attached", {
        negotiatedDpaId: row.id,
        title: input.title,
        sha256,
        size: bytes.byteLength,
      }),
      { type: "NegotiatedDpa", id: row.id },
    );
    return { id: row.id, sha256 };
  });
}

export type NegotiatedDpaFile = { bytes: Buffer; fileName: string; sha256: string };

/** A member of the organisation: its own negotiated DPAs only (another's is not_found). */
export async function downloadOrganizationNegotiatedDpa(
  ctx: Context,
  slug: string,
  id: string,
): Promise<NegotiatedDpaFile> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.view");
  return download(org, { id, organizationId: org.organizationId });
}

/** Staff who see organisations: any negotiated DPA. */
export async function downloadStaffNegotiatedDpa(ctx: Context, id: string): Promise<NegotiatedDpaFile> {
  const staff = await authorizeStaff(ctx, "admin.organizations.view");
  return download(staff, { id });
}

async function download(
  who: SignedInContext,
  where: { id: string; organizationId?: string },
): Promise<NegotiatedDpaFile> {
  const row = await db.negotiatedDpa.findFirst({
    where,
    select: { id: true, organizationId: true, file: true, sha256: true },
  });
  if (!row) throw new AppError("not_found");
  await db.$transaction((tx) =>
    auditInOrganizationAndProvider(
      tx,
      {
        organizationId: row.organizationId,
        actor: userActor(who.actor),
        request: who.request,
        clock: who.clock,
      },
      auditEvent("dpa.negotiated.downloaded", { negotiatedDpaId: row.id, sha256: row.sha256 }),
      { type: "NegotiatedDpa", id: row.id },
    ),
  );
  return { bytes: Buffer.from(row.file), fileName: `negotiated-dpa-${row.id}.pdf`, sha256: row.sha256 };
}
