import type { Metadata } from "next";
import { BUILT_IN_SLUGS } from "@/lib/trust/policies/kinds";
import { CurrentDocument } from "../[policy]/_views/current-document";
import { documentMetadata } from "../[policy]/_views/document-metadata";
import { localeOr404 } from "../[policy]/_views/route-params";

const SLUG = BUILT_IN_SLUGS.DPA;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return documentMetadata(SLUG, localeOr404((await params).locale));
}

/** The current DPA with its PDF download (this version, and a permanent link to the latest). */
export default async function DpaPage({ params }: Props) {
  return <CurrentDocument locale={localeOr404((await params).locale)} slug={SLUG} />;
}
