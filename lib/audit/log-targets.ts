import "server-only";
// What an event is about, in words: the kind of record (AUDIT_TARGET_NAMES) and, for the records people
// know by name, that name as it is now (a user's email, an organisation's name, an incident's reference).
// One query per kind of record on a page or export batch, never one per row.
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";
import { localize } from "../i18n/text.ts";
import { AUDIT_TARGET_NAMES } from "./messages.ts";

export type AuditTarget = {
  type: string;
  id: string | null;
  /** "Organisation", "User", … (the stored type when the catalogue does not know it). */
  kind: string;
  /** The record's name today; null when it is not a named record or no longer exists. */
  name: string | null;
};

type Named = (ids: string[]) => Promise<Map<string, string>>;

const byId = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));

const NAMES: Record<string, Named> = {
  User: async (ids) =>
    byId(
      (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } })).map(
        (u) => ({ id: u.id, name: u.email }),
      ),
    ),
  Organization: async (ids) =>
    byId(await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  Incident: async (ids) =>
    byId(
      (
        await db.incident.findMany({
          where: { id: { in: ids } },
          select: { id: true, reference: true, title: true },
        })
      ).map((i) => ({ id: i.id, name: `${i.reference} ${i.title}` })),
    ),
  DataSubjectRequest: async (ids) =>
    byId(
      (
        await db.dataSubjectRequest.findMany({
          where: { id: { in: ids } },
          select: { id: true, reference: true },
        })
      ).map((r) => ({ id: r.id, name: r.reference })),
    ),
  LibraryDocument: async (ids) =>
    byId(
      (
        await db.libraryDocument.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })
      ).map((d) => ({ id: d.id, name: d.title })),
    ),
  Subprocessor: async (ids) =>
    byId(await db.subprocessor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  TrustDocumentVersion: async (ids) =>
    byId(
      (
        await db.trustDocumentVersion.findMany({
          where: { id: { in: ids } },
          select: { id: true, title: true, locale: true, version: true },
        })
      ).map((v) => ({ id: v.id, name: `${v.title} (${v.locale}, version ${v.version})` })),
    ),
  NdaTemplate: async (ids) =>
    byId(
      (
        await db.ndaTemplate.findMany({
          where: { id: { in: ids } },
          select: { id: true, locale: true, version: true },
        })
      ).map((n) => ({ id: n.id, name: `${n.locale}, version ${n.version}` })),
    ),
  AccessRule: async (ids) =>
    byId(
      (await db.accessRule.findMany({ where: { id: { in: ids } }, select: { id: true, domain: true } })).map(
        (r) => ({ id: r.id, name: r.domain }),
      ),
    ),
  /** "provider", or "org:<id>": that organisation's name. */
  AuditChain: async (ids) => {
    const organizations = await db.organization.findMany({
      where: { id: { in: ids.filter((id) => id.startsWith("org:")).map((id) => id.slice(4)) } },
      select: { id: true, name: true },
    });
    return byId([
      { id: "provider", name: "the provider's" },
      ...organizations.map((o) => ({ id: `org:${o.id}`, name: o.name })),
    ]);
  },
  TrustDocument: async (ids) =>
    byId(
      (await db.trustDocument.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } })).map(
        (d) => ({ id: d.id, name: d.slug }),
      ),
    ),
};

type TargetRef = { targetType: string | null; targetId: string | null };

/**
 * The targets of `rows`, in order (null for an event about nothing in particular), their kinds in
 * `locale`; users in `unnamedUsers` (the provider's staff, in an organisation's own log) keep no name.
 */
export async function describeTargets(
  rows: readonly TargetRef[],
  locale: Locale = "en",
  unnamedUsers: ReadonlySet<string> = new Set(),
): Promise<(AuditTarget | null)[]> {
  const idsByType = new Map<string, Set<string>>();
  for (const { targetType, targetId } of rows) {
    if (!targetType || !targetId || !NAMES[targetType]) continue;
    if (targetType === "User" && unnamedUsers.has(targetId)) continue;
    const ids = idsByType.get(targetType) ?? new Set<string>();
    ids.add(targetId);
    idsByType.set(targetType, ids);
  }
  const names = new Map(
    await Promise.all(
      [...idsByType].map(async ([type, ids]) => [type, await NAMES[type]!([...ids])] as const),
    ),
  );
  return rows.map(({ targetType, targetId }) =>
    targetType
      ? {
          type: targetType,
          id: targetId,
          kind: AUDIT_TARGET_NAMES[targetType]
            ? localize(AUDIT_TARGET_NAMES[targetType], locale)
            : targetType,
          name: (targetId && names.get(targetType)?.get(targetId)) || null,
        }
      : null,
  );
}

/** One line for a target: "Organisation: Acme Retail AG", or "Session c1x2…" when it has no name. */
export function targetLine(target: AuditTarget | null): string {
  if (!target) return "";
  if (target.name) return `${target.kind}: ${target.name}`;
  return target.id ? `${target.kind} ${target.id}` : target.kind;
}
