import "server-only";
// The organisation's owners when its deletion starts: each receives the signed certificate at the end, in
// their language and time zone, though their accounts may be gone by then (./certificate-email.ts).
import type { Tx } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";
import { recipientLocale } from "../mail/recipient-locale.ts";
import { recipientTimeZone } from "../time/recipient-time-zone.ts";

export type FormerOwner = { name: string; email: string; locale: Locale; timeZone: string };

export async function ownersOf(tx: Tx, organizationId: string): Promise<FormerOwner[]> {
  const owners = await tx.membership.findMany({
    where: { organizationId, role: "OWNER", user: { disabledAt: null } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  const out: FormerOwner[] = [];
  for (const { user } of owners)
    out.push({
      name: user.name,
      email: user.email,
      locale: await recipientLocale(tx, { userId: user.id }, organizationId),
      timeZone: await recipientTimeZone(tx, { userId: user.id, organizationId }),
    });
  return out;
}

export function parseOwners(value: unknown): FormerOwner[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (o): o is FormerOwner =>
      typeof o === "object" && o !== null && typeof (o as FormerOwner).email === "string",
  );
}
