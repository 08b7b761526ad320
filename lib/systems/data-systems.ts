import "server-only";
// The provider's data systems and which organisations' data each holds: used to find every
// organisation an incident affects through an affected system.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db, type Tx } from "../db/client.ts";

export type DataSystemOption = {
  id: string;
  key: string;
  name: string;
  description: string;
  organizationCount: number;
};
export type OrganizationOption = { id: string; slug: string; name: string; breachNotificationHours: number };

export async function listDataSystems(ctx: Context): Promise<DataSystemOption[]> {
  await authorizeStaff(ctx, "breach.view");
  const systems = await db.dataSystem.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      key: true,
      name: true,
      description: true,
      _count: { select: { organizations: true } },
    },
  });
  return systems.map(({ _count, ...system }) => ({ ...system, organizationCount: _count.organizations }));
}

export async function listOrganizationOptions(ctx: Context): Promise<OrganizationOption[]> {
  await authorizeStaff(ctx, "breach.view");
  return db.organization.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, breachNotificationHours: true },
  });
}

/** Ids of every organisation whose data one of `dataSystemIds` holds. */
export async function organizationIdsUsingSystems(
  tx: Tx,
  dataSystemIds: readonly string[],
): Promise<string[]> {
  if (dataSystemIds.length === 0) return [];
  const rows = await tx.organizationSystem.findMany({
    where: { dataSystemId: { in: [...dataSystemIds] } },
    select: { organizationId: true },
    distinct: ["organizationId"],
    orderBy: { organizationId: "asc" },
  });
  return rows.map((row) => row.organizationId);
}

export type DataSystemWithOrganizations = {
  id: string;
  key: string;
  name: string;
  description: string;
  /** How data-subject-request tasks reach it (lib/dsr/connectors). */
  connector: "WEBHOOK" | "MANUAL";
  organizations: { id: string; name: string }[];
};

/** Each system with the organisations whose data it holds (the staff overview). */
export async function listDataSystemsWithOrganizations(ctx: Context): Promise<DataSystemWithOrganizations[]> {
  await authorizeStaff(ctx, "breach.view");
  const systems = await db.dataSystem.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      key: true,
      name: true,
      description: true,
      connector: true,
      organizations: {
        select: { organization: { select: { id: true, name: true } } },
        orderBy: { organization: { name: "asc" } },
      },
    },
  });
  return systems.map(({ organizations, ...system }) => ({
    ...system,
    organizations: organizations.map((o) => o.organization),
  }));
}
