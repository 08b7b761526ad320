import "server-only";
// Tells the member who asked for an export that it is ready: the download link (it needs their sign-in
// as an owner or admin of the organisation, so the link alone opens nothing), the size, and until when it
// works, in their language and time zone. Written to the outbox in the transaction that marks the export
// ready (once per export); not sent to a disabled account or someone who left the organisation.
import { env } from "../config/env.ts";
import type { Tx } from "../db/client.ts";
import { formatInstant } from "../i18n/format.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { recipientLocale } from "../mail/recipient-locale.ts";
import { recipientTimeZone } from "../time/recipient-time-zone.ts";
import { ORG_EXPORT_MESSAGES as M } from "./messages.ts";
import { exportDownloadPath } from "./paths.ts";
import { formatFileSize } from "../trust/library/file-size.ts";

export async function notifyExportReady(tx: Tx, exportId: string): Promise<boolean> {
  const row = await tx.organizationExport.findUniqueOrThrow({
    where: { id: exportId },
    select: {
      requestedById: true,
      expiresAt: true,
      bytes: true,
      organizationId: true,
      organization: { select: { slug: true, name: true } },
    },
  });
  const member = await tx.membership.findFirst({
    where: { organizationId: row.organizationId, userId: row.requestedById, user: { disabledAt: null } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  if (!member || !row.expiresAt) return false;
  const { user } = member;
  const locale = await recipientLocale(tx, { userId: user.id }, row.organizationId);
  const timeZone = await recipientTimeZone(tx, { userId: user.id, organizationId: row.organizationId });
  const email = M.readyEmail(locale, {
    name: user.name,
    organization: row.organization.name,
    url: new URL(exportDownloadPath(row.organization.slug, exportId), env().APP_URL).toString(),
    expires: formatInstant(locale, row.expiresAt, timeZone),
    size: formatFileSize(Number(row.bytes ?? 0), locale),
  });
  await enqueueEmail(tx, {
    idempotencyKey: `org-export-ready:${exportId}`,
    to: user.email,
    subject: email.subject,
    text: email.text,
    organizationId: row.organizationId,
  });
  return true;
}
