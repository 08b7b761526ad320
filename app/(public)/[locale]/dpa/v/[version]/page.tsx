import type { Metadata } from "next";
import DocumentVersionPage, {
  generateMetadata as documentVersionMetadata,
} from "../../../[policy]/v/[version]/page";
import { withPolicy } from "../../../[policy]/_views/route-params";
import { BUILT_IN_SLUGS } from "@/lib/trust/policies/kinds";

export function generateStaticParams(): { version: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; version: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return documentVersionMetadata({ params: withPolicy(params, BUILT_IN_SLUGS.DPA) });
}

export default function DpaVersionPage({ params }: Props) {
  return <DocumentVersionPage params={withPolicy(params, BUILT_IN_SLUGS.DPA)} />;
}
