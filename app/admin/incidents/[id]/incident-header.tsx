import Link from "next/link";
import { Badge, PageHeader } from "@/app/_ui";
import { withoutBidiControls } from "@/lib/text/bidi";
import type { BreachDetermination, IncidentStatus } from "@/lib/generated/prisma/enums";
import { DETERMINATION_LABELS, STATUS_LABELS } from "../messages";

export type IncidentTab = "register" | "notice";

/**
 * The heading of an incident's pages and the tabs between them: the register entry (facts, delivery,
 * assessment, determination, edit) and the breach notice (phases, composer, preview, send).
 */
export function IncidentHeader({
  incident,
  current,
}: {
  incident: {
    id: string;
    reference: string;
    title: string;
    status: IncidentStatus;
    determination: BreachDetermination;
  };
  current: IncidentTab;
}) {
  const declared = incident.determination === "PERSONAL_DATA_BREACH";
  const tabs: { key: IncidentTab; label: string; href: string }[] = [
    { key: "register", label: "Register entry", href: `/admin/incidents/${incident.id}` },
  ];
  if (declared || current === "notice")
    tabs.push({
      key: "notice",
      label: "Breach notice",
      href: `/admin/incidents/${incident.id}/notice`,
    });
  return (
    <>
      <PageHeader
        title={`${incident.reference}: ${withoutBidiControls(incident.title)}`}
        description={
          <span className="flex flex-wrap gap-2">
            <Badge>{STATUS_LABELS[incident.status]}</Badge>
            <Badge tone={declared ? "danger" : "neutral"}>
              {DETERMINATION_LABELS[incident.determination]}
            </Badge>
          </span>
        }
        actions={
          <Link className="text-sm font-medium text-brand-700 underline" href="/admin/incidents">
            Back to the register
          </Link>
        }
      />
      {tabs.length > 1 && (
        <nav aria-label="Incident sections" className="-mt-4 border-b border-gray-200">
          <ul className="flex flex-wrap gap-x-6 text-sm">
            {tabs.map((tab) => (
              <li key={tab.key}>
                <Link
                  href={tab.href}
                  aria-current={tab.key === current ? "page" : undefined}
                  className={
                    tab.key === current
                      ? "inline-block border-b-2 border-brand-600 py-2 font-semibold text-gray-900"
                      : "inline-block border-b-2 border-transparent py-2 text-gray-700 hover:border-brand-600 hover:text-gray-900"
                  }
                >
                  {tab.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
