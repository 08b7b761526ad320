import type { Metadata } from "next";
import Link from "next/link";
import { ComplianceStatusBadge } from "@/app/(public)/[locale]/compliance/status-badge";
import { ActionButton } from "@/app/_components/action-button";
import { guardPage } from "@/app/_components/guard";
import {
  Badge,
  ButtonLink,
  Card,
  DateTime,
  Dialog,
  EmptyState,
  PageHeader,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@/app/_ui";
import { isoDate } from "@/lib/i18n/format";
import { listCertificateOptions, listComplianceItemsForStaff } from "@/lib/trust/compliance/staff-view";
import { deleteComplianceItemAction, moveComplianceItemAction } from "./actions";
import { ComplianceItemForm } from "./item-form";

export const metadata: Metadata = { title: "Compliance roadmap" };

export default async function ComplianceAdminPage() {
  const [items, certificates] = await guardPage(() =>
    Promise.all([listComplianceItemsForStaff(), listCertificateOptions()]),
  );
  return (
    <div className="space-y-6">
      <PageHeader
        title="Compliance roadmap"
        description={
          <>
            The standards shown on the public{" "}
            <Link href="/en/compliance" className="underline">
              compliance page
            </Link>{" "}
            and home page, in this order. Adding a standard or changing its status is announced on the public
            updates page and feed.
          </>
        }
      />
      <Card title="Roadmap">
        {items.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title="No standards yet"
            description="Add the first standard with the form below; it appears on the public pages at once."
          />
        ) : (
          <Table caption="Roadmap items in public order" hideCaption>
            <THead>
              <Tr>
                <Th>Order</Th>
                <Th>Standard</Th>
                <Th>Status</Th>
                <Th>Target date</Th>
                <Th>Certificate</Th>
                <Th>Last changed</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </Tr>
            </THead>
            <TBody>
              {items.map((item, index) => (
                <Tr key={item.id}>
                  <Td>{index + 1}</Td>
                  <Th scope="row" className="text-gray-900">
                    {item.standard}
                  </Th>
                  <Td>
                    <ComplianceStatusBadge status={item.status} locale="en" />
                  </Td>
                  <Td>{item.targetDate ? isoDate(item.targetDate) : "—"}</Td>
                  <Td>
                    {item.certificate ? (
                      <>
                        {item.certificate.title}
                        {item.certificate.archived && (
                          <Badge tone="warning" className="ml-2">
                            archived: not shown
                          </Badge>
                        )}
                      </>
                    ) : (
                      "—"
                    )}
                  </Td>
                  <Td>
                    <DateTime value={item.updatedAt} />
                  </Td>
                  <Td>
                    <div className="flex flex-wrap items-start gap-2">
                      {index > 0 && (
                        <ActionButton
                          action={moveComplianceItemAction}
                          fields={{ id: item.id, direction: "up" }}
                          label="Move up"
                        />
                      )}
                      {index < items.length - 1 && (
                        <ActionButton
                          action={moveComplianceItemAction}
                          fields={{ id: item.id, direction: "down" }}
                          label="Move down"
                        />
                      )}
                      <ButtonLink href={`/admin/trust/compliance/${item.id}`} variant="secondary" size="sm">
                        Edit<span className="sr-only"> {item.standard}</span>
                      </ButtonLink>
                      <Dialog
                        triggerLabel="Delete"
                        triggerVariant="danger"
                        title={`Delete ${item.standard}?`}
                        closeLabel="Cancel"
                      >
                        <p className="mb-4 text-sm text-gray-700">
                          It disappears from the public roadmap at once. The audit log keeps a record of the
                          deletion.
                        </p>
                        <ActionButton
                          action={deleteComplianceItemAction}
                          fields={{ id: item.id }}
                          label={`Delete ${item.standard}`}
                          variant="danger"
                        />
                      </Dialog>
                    </div>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Card title="Add a standard">
        <ComplianceItemForm certificates={certificates} />
      </Card>
    </div>
  );
}
