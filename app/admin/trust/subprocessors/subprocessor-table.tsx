import { DataTable, Dialog, UserText } from "@/app/_ui";
import { formatCalendarDate } from "@/lib/i18n/format";
import { placeWithoutCountry } from "@/lib/trust/country-in-place";
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
  return (
    <DataTable
      caption={caption}
      hideCaption
      rows={rows}
      rowKey={(row) => row.id}
      empty={{ title: `No ${caption.toLowerCase()}`, description: empty }}
      columns={[
        {
          header: "Name",
          rowHeader: true,
          cell: (row) => (
            <>
              <UserText>{row.name}</UserText>
              {row.dpaReference && (
                <span className="block text-xs font-normal text-gray-600">DPA: {row.dpaReference}</span>
              )}
            </>
          ),
        },
        {
          header: "Purpose",
          cell: (row) => (
            <>
              {row.purpose}
              {!row.purposeDe && (
                <span className="block text-xs text-warning-800">No German purpose yet</span>
              )}
            </>
          ),
        },
        {
          header: "Location",
          cell: (row) =>
            `${placeWithoutCountry(row.location, row.country)} (${countryName(row.country, "en")})`,
        },
        { header: "Transfer mechanism", cell: (row) => row.transferMechanism },
        {
          header: "Processing",
          className: "whitespace-nowrap",
          cell: (row) => (
            <>
              from {day(row.activeFrom)}
              {row.activeUntil && <span className="block">until {day(row.activeUntil)}</span>}
            </>
          ),
        },
      ]}
      rowActions={(row) => (
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
      )}
    />
  );
}
