import type { ReactNode } from "react";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { Alert } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import type { OrganizationOverview } from "@/lib/organizations/portal";
import { loadOrganizationOverview } from "./load-overview";

export default async function PortalLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  const [overview, actor] = await Promise.all([
    loadOrganizationOverview(org),
    loadPage(async (ctx) => ctx.actor),
  ]);
  const nav = [{ href: `/portal/${overview.slug}`, label: "Overview" }];
  if (overview.canViewMembers) nav.push({ href: `/portal/${overview.slug}/members`, label: "Members" });
  if (overview.canManageSettings)
    nav.push({ href: `/portal/${overview.slug}/settings`, label: "Security settings" });
  if (overview.canViewBreaches)
    nav.push({ href: `/portal/${overview.slug}/breach-notifications`, label: "Breach notifications" });
  return (
    <AppShell area="Customer portal" title={overview.name} nav={nav} user={actor}>
      <UnacknowledgedBreachBanner overview={overview} />
      {children}
    </AppShell>
  );
}

/** While a delivered breach notification awaits acknowledgement, every portal page says so (B1, B4). */
function UnacknowledgedBreachBanner({ overview }: { overview: OrganizationOverview }) {
  const pending = overview.unacknowledgedBreaches;
  if (pending.length === 0) return null;
  return (
    <div className="mb-6" data-testid="breach-banner">
      <Alert
        tone="danger"
        title={
          pending.length === 1
            ? "A personal data breach notification awaits your acknowledgement"
            : `${pending.length} personal data breach notifications await your acknowledgement`
        }
      >
        <p>
          Your own 72-hour clock to your supervisory authority is running. Read the notification and
          acknowledge it.
        </p>
        <ul className="mt-2 list-disc pl-5">
          {pending.map((n) => (
            <li key={n.id}>
              <Link
                className="font-medium underline"
                href={`/portal/${overview.slug}/breach-notifications/${n.id}`}
              >
                {n.reference}: {n.title}
              </Link>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
