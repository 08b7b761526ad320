import "server-only";
// The requester's personal page (/<locale>/documents/access/<token>): who they are and the state of
// each requested document. The token is checked for shape, then found by its SHA-256 only.
import type { Context } from "../../context/context.ts";
import { hashToken } from "../../crypto/token.ts";
import { TOKEN_SHAPE } from "../../crypto/token-shape.ts";
import { db } from "../../db/client.ts";
import type { Locale } from "../../i18n/locale.ts";
import { grantState, type GrantState } from "./grant-state.ts";

export type PersonalGrant = {
  id: string;
  title: string;
  state: GrantState;
  expiresAt: Date | null;
  reason: string;
};
export type PersonalAccess = { name: string; email: string; company: string; grants: PersonalGrant[] };

/** The request a personal link belongs to (null for a malformed, unknown or replaced link). */
export async function findRequestByToken(token: string): Promise<{ id: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  return db.accessRequest.findUnique({ where: { accessTokenHash: hashToken(token) }, select: { id: true } });
}

/** What the holder of a personal link sees, in `locale` (the page's language); null for a link that does not work. */
export async function getPersonalAccess(
  ctx: Context,
  token: string,
  locale: Locale,
): Promise<PersonalAccess | null> {
  const found = await findRequestByToken(token);
  if (!found) return null;
  const request = await db.accessRequest.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      name: true,
      email: true,
      company: true,
      grants: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          expiresAt: true,
          revokedAt: true,
          reason: true,
          document: { select: { title: true, titleDe: true, archivedAt: true } },
        },
      },
    },
  });
  const now = ctx.clock.now();
  return {
    name: request.name,
    email: request.email,
    company: request.company,
    grants: request.grants.map((g) => ({
      id: g.id,
      title: (locale === "de" && g.document.titleDe) || g.document.title,
      state: grantState({ ...g, documentArchived: g.document.archivedAt !== null }, now),
      expiresAt: g.expiresAt,
      reason: g.status === "DENIED" ? g.reason : "",
    })),
  };
}
