import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locale";
import { DOCUMENTS } from "../../messages";
import { RequestPage } from "../request-page";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first visit per document and cached like the other public pages.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: DOCUMENTS[locale].request.title } : {};
}

/** /documents/request/<slug>: the request form with that document chosen. */
export default async function AccessRequestForDocumentPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !/^[a-z0-9-]{1,80}$/.test(slug)) notFound();
  return <RequestPage locale={locale} preselected={slug} />;
}
