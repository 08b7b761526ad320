import { Dialog, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { formatCalendarDate } from "@/lib/i18n/format";
import { countryName } from "@/lib/trust/subprocessors/country";
import type { StaffSubprocessor } from "@/lib/trust/subprocessors/staff-view";
import { EditDetailsForm } from "./edit-details-form";

const day = (date: Date) => formatCalendarDate("en", date);

/** One status group of the list (current, upcoming or past), each row with its correction form. */
export function SubprocessorTable({
  caption,
  rows,
  empty,
}: {
  caption: string;
  rows: StaffSubprocessor[];
  empty: string;
}) {
  if (rows.length === 0)
    return <EmptyState title={`No ${caption.toLowerCase()}`} description={empty} headingLevel={3} />;
  return (
    <Table caption={caption} hideCaption>
      <THead>
        <Tr>
          <Th>Name</Th>
          <Th>Purpose</Th>
          <Th>Location</Th>
          <Th>Transfer mechanism</Th>
          <Th>Processing</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Th scope="row" className="font-medium text-gray-900">
              {row.name}
              {row.dpaReference && (
                <span className="block text-xs font-normal text-gray-600">DPA: {row.dpaReference}</span>
              )}
            </Th>
            <Td>
              {row.purpose}
              {!row.purposeDe && (
                <span className="block text-xs text-warning-800">No German purpose yet</span>
              )}
            </Td>
            <Td>
              {row.location} ({countryName(row.country, "en")})
            </Td>
            <Td>{row.transferMechanism}</Td>
            <Td className="whitespace-nowrap">
              from {day(row.activeFrom)}
              {row.activeUntil && <span className="block">until {day(row.activeUntil)}</span>}
            </Td>
            <Td>
              <Dialog triggerLabel="Edit details" title={`Edit details of ${row.name}`}>
                <EditDetailsForm
                  subprocessor={{
                    id: row.id,
                    name: row.name,
                    purpose: row.purpose,
                    purposeDe: row.purposeDe,
                    dataCategoriesDe: row.dataCategoriesDe,
                    website: row.website,
                    dpaReference: row.dpaReference,
                  }}
                />
              </Dialog>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
