import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locale";
import { getProviderProfile } from "@/lib/trust/provider-profile";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const provider = await getProviderProfile(locale);
  return <h1 className="text-3xl font-semibold">{provider.displayName} {new Date().toISOString()}</h1>;
}
