import type { Metadata } from "next";
import DocumentDiffPage, {
  generateMetadata as documentDiffMetadata,
} from "../../../../[policy]/diff/[from]/[to]/page";
import { withPolicy } from "../../../../[policy]/_views/route-params";
import { BUILT_IN_SLUGS } from "@/lib/trust/policies/kinds";

export function generateStaticParams(): { from: string; to: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; from: string; to: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return documentDiffMetadata({ params: withPolicy(params, BUILT_IN_SLUGS.DPA) });
}

export default function DpaDiffPage({ params }: Props) {
  return <DocumentDiffPage params={withPolicy(params, BUILT_IN_SLUGS.DPA)} />;
}
