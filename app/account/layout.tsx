import type { ReactNode } from "react";
import { AppShell } from "@/app/_components/app-shell";
import { homePathFor } from "@/lib/auth/sessions/actor";
import { loadPage } from "@/lib/http/page";
import { providerBranding } from "@/lib/provider/branding";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const { actor, timeZone } = await loadPage(async (ctx) => ctx);
  // After the session is read (so the page is known to be dynamic): the build has no database.
  const brand = await providerBranding();
  const nav = [
    { href: homePathFor(actor), label: "← Back" },
    { href: "/account", label: "Profile and password" },
    { href: "/account/security", label: "Two-factor authentication" },
    { href: "/account/sessions", label: "Sessions" },
  ];
  return (
    <AppShell area="Your account" title={actor.name} nav={nav} user={actor} timeZone={timeZone} brand={brand}>
      {children}
    </AppShell>
  );
}
