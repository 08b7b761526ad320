import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/app/_ui";
import { isLocale } from "@/lib/i18n/locale";
import { DataRequestForm } from "./data-request-form";
import { DATA_REQUESTS } from "./messages";
import { DIRECT_CONTENT_DAYS } from "@/lib/dsr/direct/content";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: DATA_REQUESTS[locale].title } : {};
}

/** Static: the same page for everyone; the form posts to a public action (A7/A8). */
export default async function DataRequestsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const words = DATA_REQUESTS[locale];
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={words.title}
        description={
          <>
            <p>{words.intro}</p>
            <p className="mt-2">{words.fastest}</p>
            <p className="mt-2">{words.kept(DIRECT_CONTENT_DAYS)}</p>
          </>
        }
      />
      <DataRequestForm locale={locale} />
    </div>
  );
}
