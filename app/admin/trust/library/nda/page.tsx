import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/_components/guard";
import {
  Badge,
  Card,
  DateTime,
  EmptyState,
  Markdown,
  PageHeader,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/app/_ui";
import { listNdaVersions } from "@/lib/trust/nda/nda-versions";
import { PublishNdaForm } from "./publish-form";

export const metadata: Metadata = { title: "NDA versions" };

const LANGUAGE = { en: "English", de: "German" } as const;

export default async function NdaVersionsPage() {
  const versions = await guardPage(() => listNdaVersions());
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
        {versions.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title="No NDA yet"
            description="Publish the first version below: visitors cannot request documents under NDA until there is one."
          />
        ) : (
          <Table caption="Published NDA versions" hideCaption>
            <THead>
              <Tr>
                <Th>Language</Th>
                <Th>Version</Th>
                <Th>Title and text</Th>
                <Th>SHA-256</Th>
                <Th>Published</Th>
                <Th>Acceptances</Th>
              </Tr>
            </THead>
            <TBody>
              {versions.map((v) => (
                <Tr key={v.id}>
                  <Td>{LANGUAGE[v.locale]}</Td>
                  <Td>
                    v{v.version} {current.has(v.id) && <Badge tone="success">Current</Badge>}
                  </Td>
                  <Td>
                    <details>
                      <summary className="cursor-pointer font-medium">{v.title}</summary>
                      <Markdown source={v.body} className="mt-3 max-w-prose text-sm" />
                    </details>
                  </Td>
                  <Td className="break-all font-mono text-xs">{v.contentHash}</Td>
                  <Td>
                    <DateTime value={v.publishedAt} />
                  </Td>
                  <Td>{v.acceptances}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Card title="Publish a new version">
        <PublishNdaForm drafts={drafts} />
      </Card>
    </div>
  );
}
