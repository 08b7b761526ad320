import type { ReactNode } from "react";
import { AppShell } from "@/app/_lib/app-shell";
import { guardPage } from "@/app/_lib/guard";
import { requireActor } from "@/lib/auth/actor";
import { getOrganizationOverview } from "@/lib/organizations/portal";

export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const [overview, actor] = await guardPage(() => Promise.all([getOrganizationOverview(org), requireActor()]));
  const nav = [{ href: `/portal/${overview.slug}`, label: "Overview" }];
  if (overview.canViewMembers) nav.push({ href: `/portal/${overview.slug}/members`, label: "Members" });
  if (overview.canManageSettings) nav.push({ href: `/portal/${overview.slug}/settings`, label: "Security settings" });
  return (
    <AppShell area="Customer portal" title={overview.name} nav={nav} user={actor}>
      {children}
    </AppShell>
  );
}
