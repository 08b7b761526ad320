import type { Metadata } from "next";
import { DOCUMENT_WORDS } from "../../messages";
import { documentMetadata } from "../../_views/document-metadata";
import { DocumentVersion } from "../../_views/document-version";
import { localeOr404, slugOr404, versionOr404 } from "../../_views/route-params";

export function generateStaticParams(): { policy: string; version: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; policy: string; version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, policy, version } = await params;
  const language = localeOr404(locale);
  const number = versionOr404(version);
  return documentMetadata(
    slugOr404(policy),
    language,
    `/v/${number}`,
    (title) => `${title} · ${DOCUMENT_WORDS[language].version(number)}`,
  );
}

export default async function DocumentVersionPage({ params }: Props) {
  const { locale, policy, version } = await params;
  return (
    <DocumentVersion locale={localeOr404(locale)} slug={slugOr404(policy)} version={versionOr404(version)} />
  );
}
