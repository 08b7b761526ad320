import { DateTime, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { formatCalendarDate } from "@/lib/i18n/format";
import type { StaffVersionRow } from "@/lib/trust/policies/staff-views";

/** Every published version of this language: number, dates, hash, change note and who published it. */
export function PublishedVersions({ versions }: { versions: StaffVersionRow[] }) {
  if (versions.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title="Not published yet"
        description="Write the text above, then publish it as version 1."
      />
    );
  }
  return (
    <Table caption="Published versions, newest first" hideCaption>
      <THead>
        <Tr>
          <Th>Version</Th>
          <Th>Effective</Th>
          <Th>Published</Th>
          <Th>What changed</Th>
          <Th>SHA-256</Th>
          <Th>Published by</Th>
        </Tr>
      </THead>
      <TBody>
        {versions.map((version) => (
          <Tr key={version.version}>
            <Td className="font-medium">{version.version}</Td>
            <Td className="whitespace-nowrap">{formatCalendarDate("en", version.effectiveDate)}</Td>
            <Td className="whitespace-nowrap">
              <DateTime value={version.publishedAt} />
            </Td>
            <Td>{version.changelog}</Td>
            <Td>
              <code className="block max-w-48 break-all font-mono text-xs">{version.contentHash}</code>
            </Td>
            <Td>{version.publishedBy}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
