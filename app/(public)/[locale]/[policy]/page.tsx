import type { Metadata } from "next";
import { CurrentDocument } from "./_views/current-document";
import { documentMetadata } from "./_views/document-metadata";
import { localeOr404, slugOr404 } from "./_views/route-params";

// Static per document and language, rendered on first visit and revalidated on publish (ADR 0008).
export function generateStaticParams(): { policy: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; policy: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, policy } = await params;
  return documentMetadata(slugOr404(policy), localeOr404(locale));
}

/** /en/security, /de/toms, /en/faq, /en/ai and custom pages such as /en/business-continuity. */
export default async function DocumentPage({ params }: Props) {
  const { locale, policy } = await params;
  return <CurrentDocument locale={localeOr404(locale)} slug={slugOr404(policy)} />;
}
