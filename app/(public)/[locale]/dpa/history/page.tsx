import type { Metadata } from "next";
import DocumentHistoryPage, { generateMetadata as documentHistoryMetadata } from "../../[document]/history/page";
import { withDocument } from "../../[document]/_views/route-params";
import { BUILT_IN_SLUGS } from "@/lib/trust/documents/kinds";

// /dpa is its own route (for the PDF download); its history is the shared document history.
type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return documentHistoryMetadata({ params: withDocument(params, BUILT_IN_SLUGS.DPA) });
}

export default function DpaHistoryPage({ params }: Props) {
  return <DocumentHistoryPage params={withDocument(params, BUILT_IN_SLUGS.DPA)} />;
}
