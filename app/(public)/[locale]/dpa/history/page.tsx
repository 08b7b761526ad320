import type { Metadata } from "next";
import DocumentHistoryPage, {
  generateMetadata as documentHistoryMetadata,
} from "../../[policy]/history/page";
import { withPolicy } from "../../[policy]/_views/route-params";
import { BUILT_IN_SLUGS } from "@/lib/trust/policies/kinds";

// /dpa is its own route (for the PDF download); its history is the shared document history.
type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return documentHistoryMetadata({ params: withPolicy(params, BUILT_IN_SLUGS.DPA) });
}

export default function DpaHistoryPage({ params }: Props) {
  return <DocumentHistoryPage params={withPolicy(params, BUILT_IN_SLUGS.DPA)} />;
}
