import { DateTime, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import type { AssessmentView } from "@/lib/incidents/register/view";
import { AssessmentBandBadge } from "./assessment-band-badge";

/** Every ENISA assessment of the incident, newest first (B7: inputs and result kept). */
export function AssessmentHistory({
  assessments,
  timeZone,
}: {
  assessments: AssessmentView[];
  timeZone: string;
}) {
  if (assessments.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title="Not assessed yet"
        description="Score the severity with the form below. It is advisory and never holds back a notification."
      />
    );
  }
  return (
    <Table caption="Severity assessments, newest first">
      <THead>
        <Tr>
          <Th>Assessed</Th>
          <Th>DPC × EI</Th>
          <Th>Circumstances (C / I / A / malicious)</Th>
          <Th>Score</Th>
          <Th>Band</Th>
          <Th>Notes</Th>
        </Tr>
      </THead>
      <TBody>
        {assessments.map((a) => (
          <Tr key={a.id}>
            <Td>
              <DateTime value={a.assessedAt} timeZone={timeZone} />
              {a.assessedBy && <span className="block text-gray-600">{a.assessedBy}</span>}
            </Td>
            <Td>
              {a.dpc} × {a.ei}
            </Td>
            <Td>
              {a.cbConfidentiality} / {a.cbIntegrity} / {a.cbAvailability} /{" "}
              {a.cbMalicious ? "yes (+0.5)" : "no"}
            </Td>
            <Td>{a.score.toFixed(2)}</Td>
            <Td>
              <AssessmentBandBadge band={a.band} />
            </Td>
            <Td>{a.notes || "—"}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
