import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, DataTable, DateTime, Markdown, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { listNdaVersions } from "@/lib/trust/nda/nda-versions";
import { PublishNdaForm } from "./publish-form";

export const metadata: Metadata = { title: "NDA versions" };

const LANGUAGE = { en: "English", de: "German" } as const;

export default async function NdaVersionsPage() {
  const versions = await loadPage((ctx) => listNdaVersions(ctx));
  const current = new Set(
    (["en", "de"] as const).map((locale) => versions.find((v) => v.locale === locale)?.id),
  );
  const drafts = (["en", "de"] as const).map((locale) => {
    const latest = versions.find((v) => v.locale === locale);
    return { locale, title: latest?.title ?? "", body: latest?.body ?? "" };
  });
  return (
    <div className="space-y-6">
      <PageHeader
        title="NDA versions"
        description={
          <>
            The click-through non-disclosure agreement of the{" "}
            <Link href="/en/documents/request" className="underline">
              access request form
            </Link>
            . Each acceptance records the version and the SHA-256 of its text.{" "}
            <Link href="/admin/trust/library" className="underline">
              Back to the library
            </Link>
            .
          </>
        }
      />
      <Card title="Published versions">
        <DataTable
          caption="Published NDA versions"
          hideCaption
          rows={versions}
          rowKey={(v) => v.id}
          empty={{
            title: "No NDA yet",
            description:
              "Publish the first version below: visitors cannot request documents under NDA until there is one.",
          }}
          columns={[
            { header: "Language", cell: (v) => LANGUAGE[v.locale] },
            {
              header: "Version",
              cell: (v) => (
                <>
                  v{v.version} {current.has(v.id) && <Badge tone="success">Current</Badge>}
                </>
              ),
            },
            {
              header: "Title and text",
              cell: (v) => (
                <details>
                  <summary className="cursor-pointer font-medium">{v.title}</summary>
                  <Markdown source={v.body} className="mt-3 max-w-prose text-sm" />
                </details>
              ),
            },
            { header: "SHA-256", className: "break-all font-mono text-xs", cell: (v) => v.contentHash },
            { header: "Published", cell: (v) => <DateTime value={v.publishedAt} /> },
            { header: "Acceptances", cell: (v) => v.acceptances },
          ]}
        />
      </Card>
      <Card title="Publish a new version">
        <PublishNdaForm drafts={drafts} />
      </Card>
    </div>
  );
}
