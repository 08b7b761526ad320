import type { Metadata } from "next";
import DocumentVersionPage, { generateMetadata as documentVersionMetadata } from "../../../[document]/v/[version]/page";
import { withDocument } from "../../../[document]/_views/route-params";
import { BUILT_IN_SLUGS } from "@/lib/trust/documents/kinds";

export function generateStaticParams(): { version: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; version: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return documentVersionMetadata({ params: withDocument(params, BUILT_IN_SLUGS.DPA) });
}

export default function DpaVersionPage({ params }: Props) {
  return <DocumentVersionPage params={withDocument(params, BUILT_IN_SLUGS.DPA)} />;
}
