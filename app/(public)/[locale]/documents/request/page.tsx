import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locale";
import { DOCUMENTS } from "../messages";
import { RequestPage } from "./request-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: DOCUMENTS[locale].request.title } : {};
}

/** Static: a document can be pre-selected by the URL's #slug (read in the browser) or the path variant. */
export default async function AccessRequestPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <RequestPage locale={locale} />;
}
