import type { ReactNode } from "react";
import { AppShell } from "@/app/_lib/app-shell";
import { guardPage } from "@/app/_lib/guard";
import { requireStaff } from "@/lib/auth/access";
import { staffCan } from "@/lib/auth/permissions";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await guardPage(() => requireStaff("admin.view"));
  const nav = [{ href: "/admin", label: "Overview" }];
  if (staffCan(actor.staffRoles, "admin.audit.view")) nav.push({ href: "/admin/audit", label: "Audit log" });
  if (staffCan(actor.staffRoles, "admin.users.view")) nav.push({ href: "/admin/users", label: "Users" });
  if (staffCan(actor.staffRoles, "admin.mail.view")) nav.push({ href: "/admin/mail", label: "Mail" });
  return (
    <AppShell area="Staff console" title="Article28" nav={nav} user={actor}>
      {children}
    </AppShell>
  );
}
