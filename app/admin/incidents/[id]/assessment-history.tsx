import { DataTable, DateTime } from "@/app/_ui";
import type { AssessmentView } from "@/lib/incidents/register/view";
import { AssessmentBandBadge } from "./assessment-band-badge";

/** Every ENISA assessment of the incident, newest first (B7: inputs and result kept). */
export function AssessmentHistory({ assessments }: { assessments: AssessmentView[] }) {
  return (
    <DataTable
      caption="Severity assessments, newest first"
      rows={assessments}
      rowKey={(a) => a.id}
      empty={{
        title: "Not assessed yet",
        description:
          "Score the severity with the form below. It is advisory and never holds back a notification.",
      }}
      columns={[
        {
          header: "Assessed",
          cell: (a) => (
            <>
              <DateTime value={a.assessedAt} />
              {a.assessedBy && <span className="block text-gray-600">{a.assessedBy}</span>}
            </>
          ),
        },
        { header: "DPC × EI", cell: (a) => `${a.dpc} × ${a.ei}` },
        {
          header: "Circumstances (C / I / A / malicious)",
          cell: (a) =>
            `${a.cbConfidentiality} / ${a.cbIntegrity} / ${a.cbAvailability} / ${a.cbMalicious ? "yes (+0.5)" : "no"}`,
        },
        { header: "Score", cell: (a) => a.score.toFixed(2) },
        { header: "Band", cell: (a) => <AssessmentBandBadge band={a.band} /> },
        { header: "Notes", cell: (a) => a.notes || "—" },
      ]}
    />
  );
}
