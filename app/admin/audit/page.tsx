import type { Metadata } from "next";
import { Alert, DateTime, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { guardPage } from "@/app/_components/guard";
import { providerAuditLog } from "@/lib/audit/provider-log";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const { events, verification } = await guardPage(() => providerAuditLog());
  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit log"
        description="The provider's append-only, hash-chained record of security and compliance actions."
      />
      {verification.ok ? (
        <Alert tone="success">Chain verified: all {verification.events} events are intact.</Alert>
      ) : (
        <Alert tone="danger" title="The audit chain does not verify">
          Event {verification.brokenEventId} (#{verification.brokenSeq}): {verification.reason}
        </Alert>
      )}
      {events.length === 0 ? (
        <EmptyState
          title="No events yet"
          description="Sign-ins, administrative and compliance actions are recorded here."
        />
      ) : (
        <Table caption="Latest audit events" hideCaption>
          <THead>
            <Tr>
              <Th>#</Th>
              <Th>Time</Th>
              <Th>Actor</Th>
              <Th>Action</Th>
              <Th>Target</Th>
              <Th>IP</Th>
            </Tr>
          </THead>
          <TBody>
            {events.map((e) => (
              <Tr key={e.id}>
                <Td>{e.seq}</Td>
                <Td>
                  <DateTime value={e.createdAt} />
                </Td>
                <Td>{e.actorLabel}</Td>
                <Td className="font-mono text-sm">{e.action}</Td>
                <Td className="font-mono text-xs">{e.target ?? "—"}</Td>
                <Td>{e.ip ?? "—"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
