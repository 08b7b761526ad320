import type { Metadata } from "next";
import { DOCUMENT_WORDS } from "../../../messages";
import { DocumentDiff } from "../../../_views/document-diff";
import { documentMetadata } from "../../../_views/document-metadata";
import { localeOr404, slugOr404, versionOr404 } from "../../../_views/route-params";

export function generateStaticParams(): { policy: string; from: string; to: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; policy: string; from: string; to: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, policy, from, to } = await params;
  const language = localeOr404(locale);
  const path = `/diff/${versionOr404(from)}/${versionOr404(to)}`;
  return documentMetadata(slugOr404(policy), language, path, DOCUMENT_WORDS[language].diffTitle);
}

export default async function DocumentDiffPage({ params }: Props) {
  const { locale, policy, from, to } = await params;
  return (
    <DocumentDiff
      locale={localeOr404(locale)}
      slug={slugOr404(policy)}
      from={versionOr404(from)}
      to={versionOr404(to)}
    />
  );
}
