import type { Metadata } from "next";
import { DOCUMENT_WORDS } from "../messages";
import { DocumentHistory } from "../_views/document-history";
import { documentMetadata } from "../_views/document-metadata";
import { localeOr404, slugOr404 } from "../_views/route-params";

export function generateStaticParams(): { policy: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; policy: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, policy } = await params;
  const language = localeOr404(locale);
  return documentMetadata(slugOr404(policy), language, "/history", DOCUMENT_WORDS[language].historyTitle);
}

export default async function DocumentHistoryPage({ params }: Props) {
  const { locale, policy } = await params;
  return <DocumentHistory locale={localeOr404(locale)} slug={slugOr404(policy)} />;
}
