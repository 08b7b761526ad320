// The organisations whose data a connected system holds (OrganizationSystem), and the system's endpoint:
// whom a system category's purge and dry run ask (ADR 0028).
import { db } from "../../db/client.ts";
import type { SystemSource } from "../categories/category.ts";
import type { SystemEndpoint } from "./ask.ts";

export type Target = { organizationId: string; slug: string; name: string };

export async function systemTargets(
  source: SystemSource,
): Promise<{ endpoint: SystemEndpoint; organizations: Target[] } | null> {
  const system = await db.dataSystem.findUnique({
    where: { id: source.dataSystemId },
    select: {
      connector: true,
      endpointUrl: true,
      signingSecretSealed: true,
      organizations: {
        select: { organization: { select: { id: true, slug: true, name: true } } },
        orderBy: { organizationId: "asc" },
      },
    },
  });
  if (!system || system.connector !== "WEBHOOK") return null;
  return {
    endpoint: {
      dataSystemId: source.dataSystemId,
      endpointUrl: system.endpointUrl,
      signingSecretSealed: system.signingSecretSealed,
    },
    organizations: system.organizations.map(({ organization: o }) => ({
      organizationId: o.id,
      slug: o.slug,
      name: o.name,
    })),
  };
}
