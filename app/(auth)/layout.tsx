import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { BrandStylesheet } from "@/app/_components/brand-stylesheet";
import { loadPublicPage } from "@/lib/http/page";
import { providerBranding } from "@/lib/provider/branding";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  // Read per request (the build has no database): the provider's name and colour as set now.
  await connection();
  const [brand, locale] = await Promise.all([providerBranding(), loadPublicPage(async (ctx) => ctx.locale)]);
  return (
    // The root layout says lang="en"; a German reader's pages say so for everything below (WCAG 3.1.2).
    <main
      id="main"
      lang={locale}
      className="flex min-h-screen flex-col items-center justify-center px-6 py-12"
    >
      <BrandStylesheet color={brand.color} />
      <Link href="/" className="mb-8 text-lg font-semibold text-[var(--brand)]" data-testid="auth-brand">
        {brand.name}
      </Link>
      <div className="w-full max-w-sm rounded-lg border border-t-4 border-gray-200 border-t-[var(--brand)] bg-white p-8 shadow-sm">
        {children}
      </div>
    </main>
  );
}
