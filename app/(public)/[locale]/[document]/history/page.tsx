import type { Metadata } from "next";
import { DOCUMENT_WORDS } from "../messages";
import { DocumentHistory } from "../_views/document-history";
import { documentMetadata } from "../_views/document-metadata";
import { localeOr404, slugOr404 } from "../_views/route-params";

export function generateStaticParams(): { document: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; document: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, document } = await params;
  const language = localeOr404(locale);
  return documentMetadata(slugOr404(document), language, "/history", DOCUMENT_WORDS[language].historyTitle);
}

export default async function DocumentHistoryPage({ params }: Props) {
  const { locale, document } = await params;
  return <DocumentHistory locale={localeOr404(locale)} slug={slugOr404(document)} />;
}
