import type { ReactNode } from "react";
import { AppShell } from "@/app/_components/app-shell";
import { homePathFor } from "@/lib/auth/sessions/actor";
import { loadPage } from "@/lib/http/page";
import { localize, type Text } from "@/lib/i18n/text";
import { providerBranding } from "@/lib/provider/branding";
import { ACCOUNT_LAYOUT_MESSAGES as M } from "./messages";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const { actor, locale, timeZone } = await loadPage(async (ctx) => ctx);
  // After the session is read (so the page is known to be dynamic): the build has no database.
  const brand = await providerBranding();
  const t = (text: Text) => localize(text, locale);
  const nav = [
    { href: homePathFor(actor), label: t(M.back) },
    { href: "/account", label: t(M.profile) },
    { href: "/account/security", label: t(M.security) },
    { href: "/account/sessions", label: t(M.sessions) },
  ];
  return (
    <AppShell
      area={t(M.area)}
      title={actor.name}
      nav={nav}
      user={actor}
      timeZone={timeZone}
      brand={brand}
      locale={locale}
    >
      {children}
    </AppShell>
  );
}
