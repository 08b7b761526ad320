import "server-only";
// What the staff page of legal holds shows: every hold (active first) with what it covers, why, who placed
// and released it and when, and the deletions it refused; and the choices for a new hold.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { DeletionPath, LegalHoldScope } from "../generated/prisma/enums.ts";
import { allCategories, holdableCategories } from "../retention/categories/index.ts";

export type HoldView = {
  id: string;
  reference: string;
  scope: LegalHoldScope;
  organizationName: string | null;
  /** CATEGORY: the category's name ("Sent emails"). */
  categoryLabel: string | null;
  incidentReference: string | null;
  reason: string;
  createdBy: string | null;
  createdAt: Date;
  releasedBy: string | null;
  releasedAt: Date | null;
  releaseReason: string | null;
  refusals: {
    id: string;
    path: DeletionPath;
    targetType: string;
    targetId: string;
    records: number;
    attempts: number;
    firstAt: Date;
    lastAt: Date;
    resumedAt: Date | null;
  }[];
};

export async function listHolds(ctx: Context) {
  await authorizeStaff(ctx, "holds.manage");
  const holds = await db.legalHold.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
    include: { refusals: { orderBy: { lastAt: "desc" }, take: 20 } },
  });
  const [organizations, incidents, users] = await Promise.all([
    db.organization.findMany({ select: { id: true, name: true, slug: true }, orderBy: { name: "asc" } }),
    db.incident.findMany({
      select: { id: true, reference: true, title: true },
      orderBy: { awareAt: "desc" },
    }),
    db.user.findMany({
      where: { id: { in: holds.flatMap((h) => [h.createdById, h.releasedById ?? ""]) } },
      select: { id: true, email: true },
    }),
  ]);
  const orgName = new Map(organizations.map((o) => [o.id, o.name]));
  const incidentRef = new Map(incidents.map((i) => [i.id, i.reference]));
  const email = new Map(users.map((u) => [u.id, u.email]));
  const categories = await allCategories(db);
  const categoryLabel = new Map(categories.map((c) => [c.key, c.label.en]));
  const views: HoldView[] = holds.map((h) => ({
    id: h.id,
    reference: h.reference,
    scope: h.scope,
    organizationName: h.organizationId ? (orgName.get(h.organizationId) ?? null) : null,
    categoryLabel: h.category ? (categoryLabel.get(h.category) ?? h.category) : null,
    incidentReference: h.incidentId ? (incidentRef.get(h.incidentId) ?? null) : null,
    reason: h.reason,
    createdBy: email.get(h.createdById) ?? null,
    createdAt: h.createdAt,
    releasedBy: h.releasedById ? (email.get(h.releasedById) ?? null) : null,
    releasedAt: h.releasedAt,
    releaseReason: h.releaseReason,
    refusals: h.refusals.map((r) => ({
      id: r.id,
      path: r.path,
      targetType: r.targetType,
      targetId: r.targetId,
      records: r.records,
      attempts: r.attempts,
      firstAt: r.firstAt,
      lastAt: r.lastAt,
      resumedAt: r.resumedAt,
    })),
  }));
  return {
    active: views.filter((h) => !h.releasedAt),
    released: views.filter((h) => h.releasedAt),
    choices: {
      organizations: organizations.map((o) => ({ id: o.id, name: o.name })),
      incidents: incidents.map((i) => ({ id: i.id, label: `${i.reference} ${i.title}` })),
      categories: (await holdableCategories(db)).map((c) => ({ key: c.key, label: c.label.en })),
    },
  };
}
