import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/app/_ui";
import { isLocale } from "@/lib/i18n/locale";
import { listComplianceRoadmap } from "@/lib/trust/compliance/roadmap";
import { COMPLIANCE_MESSAGES } from "./messages";
import { RoadmapTable } from "./roadmap-table";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale)
    ? { title: COMPLIANCE_MESSAGES[locale].title, description: COMPLIANCE_MESSAGES[locale].intro }
    : {};
}

export default async function CompliancePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const words = COMPLIANCE_MESSAGES[locale];
  const rows = await listComplianceRoadmap(locale);
  return (
    <div>
      <PageHeader title={words.title} description={words.intro} />
      <RoadmapTable rows={rows} locale={locale} />
    </div>
  );
}
