import "server-only";
// A download from the personal page: the link's token must belong to the grant's request, the grant
// must be approved, unexpired (Clock), unrevoked and its document still in the library; otherwise
// nothing is served. The file is watermarked for the recipient, logged (email, company, IP, user
// agent, SHA-256 of what was delivered) and audited as trust.document.downloaded.
import { recordAudit } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { watermarkPdf } from "../../pdf/watermark.ts";
import { isoDate } from "../../time/calendar-date.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { grantState, type GrantState } from "./grant-state.ts";
import { findRequestByToken } from "./personal-access.ts";

export type GrantDownload =
  | { ok: true; bytes: Uint8Array; fileName: string; sha256: string }
  | { ok: false; refusal: "invalid-link" | Exclude<GrantState, "approved"> };

/** The download of one grant by whoever holds the link; `ctx.request` is logged with it. */
export async function downloadGrantedDocument(
  ctx: Context,
  input: { token: string; grantId: string },
): Promise<GrantDownload> {
  const owner = await findRequestByToken(input.token);
  if (!owner || input.grantId.length > 64) return { ok: false, refusal: "invalid-link" };
  const grant = await db.accessGrant.findFirst({
    where: { id: input.grantId, requestId: owner.id },
    select: {
      id: true,
      status: true,
      expiresAt: true,
      revokedAt: true,
      document: { select: { id: true, slug: true, archivedAt: true } },
      request: {
        select: {
          id: true,
          email: true,
          company: true,
          ndaAcceptance: { select: { templateVersion: true } },
        },
      },
    },
  });
  if (!grant) return { ok: false, refusal: "invalid-link" };
  const deliveredAt = ctx.clock.now();
  const state = grantState({ ...grant, documentArchived: grant.document.archivedAt !== null }, deliveredAt);
  if (state !== "approved") return { ok: false, refusal: state };

  const { data } = await db.libraryDocument.findUniqueOrThrow({
    where: { id: grant.document.id },
    select: { data: true },
  });
  const bytes = await watermarkPdf(new Uint8Array(data), {
    email: grant.request.email,
    company: grant.request.company,
    deliveredAt,
    ndaVersion: grant.request.ndaAcceptance.templateVersion,
  });
  const sha256 = sha256Hex(bytes);
  await db.$transaction(async (tx) => {
    const download = await tx.documentDownload.create({
      data: {
        documentId: grant.document.id,
        grantId: grant.id,
        requestId: grant.request.id,
        email: grant.request.email,
        company: grant.request.company,
        deliveredSha256: sha256,
        ip: ctx.request.ip,
        userAgent: ctx.request.userAgent?.slice(0, 512) ?? null,
        downloadedAt: deliveredAt,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        organizationId: null,
        actor: { userId: null, label: grant.request.email },
        action: "trust.document.downloaded",
        target: { type: "LibraryDocument", id: grant.document.id },
        request: ctx.request,
        metadata: {
          downloadId: download.id,
          grantId: grant.id,
          document: grant.document.slug,
          email: grant.request.email,
          company: grant.request.company,
          deliveredSha256: sha256,
        },
      },
      { tx, clock: ctx.clock },
    );
  });
  return { ok: true, bytes, fileName: `${grant.document.slug}-${isoDate(deliveredAt)}.pdf`, sha256 };
}
