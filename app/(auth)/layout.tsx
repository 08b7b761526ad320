import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { BrandStylesheet } from "@/app/_components/brand-stylesheet";
import { providerBranding } from "@/lib/provider/branding";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  // Read per request (the build has no database): the provider's name and colour as set now.
  await connection();
  const brand = await providerBranding();
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center px-6 py-12">
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
