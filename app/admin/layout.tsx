import type { ReactNode } from "react";
import { AppShell } from "@/app/_components/app-shell";
import { authorizeStaff } from "@/lib/auth/authorization/authorize";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { loadPage } from "@/lib/http/page";
import { providerBranding } from "@/lib/provider/branding";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { actor, timeZone } = await loadPage((ctx) => authorizeStaff(ctx, "admin.view"));
  // After the session is read (so the page is known to be dynamic): the build has no database.
  const brand = await providerBranding();
  const nav = [{ href: "/admin", label: "Overview" }];
  if (staffCan(actor.staffRoles, "admin.audit.view")) nav.push({ href: "/admin/audit", label: "Audit log" });
  if (staffCan(actor.staffRoles, "admin.users.view")) nav.push({ href: "/admin/users", label: "Users" });
  if (staffCan(actor.staffRoles, "admin.mail.view")) nav.push({ href: "/admin/mail", label: "Mail" });
  if (staffCan(actor.staffRoles, "dsr.view")) nav.push({ href: "/admin/requests", label: "DSRs" });
  if (staffCan(actor.staffRoles, "breach.view")) nav.push({ href: "/admin/incidents", label: "Incidents" });
  if (staffCan(actor.staffRoles, "breach.view")) nav.push({ href: "/admin/systems", label: "Data systems" });
  if (staffCan(actor.staffRoles, "trust.content.manage"))
    nav.push({ href: "/admin/trust/policies", label: "Policy documents" });
  if (staffCan(actor.staffRoles, "trust.subprocessors.manage"))
    nav.push({ href: "/admin/trust/subprocessors", label: "Subprocessors" });
  if (staffCan(actor.staffRoles, "trust.content.manage"))
    nav.push({ href: "/admin/trust/compliance", label: "Compliance" });
  if (staffCan(actor.staffRoles, "trust.library.manage"))
    nav.push({ href: "/admin/trust/library", label: "Document library" });
  if (staffCan(actor.staffRoles, "trust.access.review"))
    nav.push({ href: "/admin/trust/access-requests", label: "Access requests" });
  // Retention and legal holds are reached from the overview (the line is full at laptop width).
  if (staffCan(actor.staffRoles, "sso.domains.review"))
    nav.push({ href: "/admin/sso-domains", label: "Sign-in domains" });
  if (staffCan(actor.staffRoles, "provider.settings.manage"))
    nav.push({ href: "/admin/settings", label: "Settings" });
  return (
    <AppShell
      area="Staff console"
      title={brand.name}
      nav={nav}
      user={actor}
      timeZone={timeZone}
      brand={brand}
      wide
    >
      {children}
    </AppShell>
  );
}
