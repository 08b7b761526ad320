import type { Metadata } from "next";
import Link from "next/link";
import { TimesInNote } from "@/app/_components/times-in-note";
import { Alert, Card, DateTime, DefinitionList } from "@/app/_ui";
import { staffCan } from "@/lib/auth/authorization/permissions";
import type { SignedInContext } from "@/lib/context/context";
import { loadPage } from "@/lib/http/page";
import { listIncidentNotifications } from "@/lib/incidents/notifications/staff-notifications";
import { loadIncidentDelivery } from "@/lib/incidents/notices/recipient-delivery";
import { dataCategoryLabel, includesSpecialCategory } from "@/lib/incidents/register/data-categories";
import { getIncidentForStaff, organizationsReachedThroughSystems } from "@/lib/incidents/register/view";
import { utcToWallTime } from "@/lib/incidents/register/wall-time";
import { listDataSystems, listOrganizationOptions } from "@/lib/systems/data-systems";
import { DETERMINATION_LABELS, INCIDENT_MESSAGES } from "../messages";
import { updateIncidentAction } from "./actions";
import { AssessmentForm } from "./assessment-form";
import { AssessmentHistory } from "./assessment-history";
import { IncidentHeader } from "./incident-header";
import { RecipientDeliveryTable } from "./recipient-delivery";
import { RegisterArt34Form } from "./register-art34-form";
import { RegisterDeclareForm } from "./register-declare-form";
import { RegisterDeterminationForm } from "./register-determination-form";
import { RegisterIncidentForm } from "./register-incident-form";
import { RegisterNotifications } from "./register-notifications";
import { RegisterStatusForm } from "./register-status-form";

export const metadata: Metadata = { title: "Incident" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ created?: string }>;

/** Everything the page shows; the choices for the edit forms only for staff who may change the register. */
async function loadIncidentPage(ctx: SignedInContext, id: string) {
  const incident = await getIncidentForStaff(ctx, id);
  const canManage = staffCan(ctx.actor.staffRoles, "breach.manage");
  const [notifications, delivery, systems, organizations, reached] = await Promise.all([
    listIncidentNotifications(ctx, incident.id),
    loadIncidentDelivery(ctx, incident.id),
    canManage ? listDataSystems(ctx) : [],
    canManage ? listOrganizationOptions(ctx) : [],
    canManage ? organizationsReachedThroughSystems(ctx, incident.id) : [],
  ]);
  return {
    incident,
    canManage,
    notifications,
    delivery,
    options: { systems, organizations },
    reached,
    now: ctx.clock.now(),
    timeZone: ctx.timeZone,
  };
}

/**
 * The register entry of one incident: the facts, then where its notifications stand (delivery per
 * organisation and per recipient, ADR 0016), then the forms. The notice has its own tab (./notice).
 */
export default async function IncidentPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const { created } = await searchParams;
  const { incident, canManage, notifications, delivery, options, reached, now, timeZone } = await loadPage(
    (ctx) => loadIncidentPage(ctx, id),
  );
  const declared = incident.determination === "PERSONAL_DATA_BREACH";
  const open = incident.status !== "CLOSED";
  const noticeHref = `/admin/incidents/${incident.id}/notice`;
  return (
    <div className="space-y-6">
      <IncidentHeader incident={incident} current="register" />
      {created && <Alert tone="success">{INCIDENT_MESSAGES.recorded(incident.reference)}</Alert>}
      <TimesInNote />

      <Card title="Incident">
        <DefinitionList
          items={[
            { term: "Detected", description: <DateTime value={incident.detectedAt} /> },
            { term: "Became aware", description: <DateTime value={incident.awareAt} /> },
            {
              term: "What happened",
              description: <span className="whitespace-pre-wrap">{incident.description}</span>,
            },
            {
              term: "Data categories",
              description: incident.dataCategories.map(dataCategoryLabel).join(", ") || "None recorded",
            },
            {
              term: "Affected systems",
              description: incident.systems.map((s) => s.dataSystem.name).join(", ") || "None recorded",
            },
            {
              term: "Affected organisations",
              description: incident.organizations.map((o) => o.organization.name).join(", ") || "None chosen",
            },
            {
              term: "Determination",
              description: (
                <>
                  {DETERMINATION_LABELS[incident.determination]}
                  {incident.determinedAt && (
                    <span className="text-gray-600">
                      {" "}
                      (<DateTime value={incident.determinedAt} />
                      {incident.determinedBy ? `, ${incident.determinedBy}` : ""})
                    </span>
                  )}
                  {incident.determinationReason && (
                    <p className="mt-1 whitespace-pre-wrap" data-testid="determination-reason">
                      {incident.determinationReason}
                    </p>
                  )}
                </>
              ),
            },
          ]}
        />
      </Card>

      {(declared || notifications.length > 0) && (
        <Card
          title="Notifications"
          actions={
            declared && (
              <Link className="text-sm font-medium text-brand-700 underline" href={noticeHref}>
                {canManage ? "Compose and send the notice" : "Read the notice"}
              </Link>
            )
          }
        >
          <div className="space-y-6">
            <RegisterNotifications incidentId={incident.id} rows={notifications} now={now} />
            <section aria-labelledby="delivery-heading" className="space-y-3">
              <h3 id="delivery-heading" className="text-sm font-semibold text-gray-900">
                Email delivery per recipient
              </h3>
              <RecipientDeliveryTable delivery={delivery} />
            </section>
          </div>
        </Card>
      )}

      {canManage && (
        <Card title="Status">
          <RegisterStatusForm incidentId={incident.id} status={incident.status} />
        </Card>
      )}

      <Card title="Severity (ENISA)">
        <div className="space-y-6">
          <AssessmentHistory assessments={incident.assessments} />
          {canManage && (
            <AssessmentForm
              incidentId={incident.id}
              specialCategory={includesSpecialCategory(incident.dataCategories)}
            />
          )}
        </div>
      </Card>

      {canManage && (
        <Card title="Determination">
          <div className="space-y-8">
            <section aria-labelledby="declare-heading" className="space-y-3">
              <h3 id="declare-heading" className="text-sm font-semibold text-gray-900">
                {declared ? "Personal-data breach declared" : "Declare a personal-data breach"}
              </h3>
              <p className="text-sm text-gray-700">
                Every affected organisation gets its notification at once, due at awareness plus its
                contractual window. The severity score plays no part.
              </p>
              <RegisterDeclareForm
                incidentId={incident.id}
                declared={declared}
                reachedThroughSystems={reached.map((o) => o.name)}
              />
              {declared && (
                <p className="text-sm">
                  <Link className="font-medium text-brand-700 underline" href={noticeHref}>
                    Compose and send the notice
                  </Link>
                </p>
              )}
            </section>
            {declared && (
              <section aria-labelledby="art34-heading" className="space-y-3">
                <h3 id="art34-heading" className="text-sm font-semibold text-gray-900">
                  Risk to data subjects (Art. 34)
                </h3>
                <RegisterArt34Form
                  incidentId={incident.id}
                  values={{
                    highRisk: incident.highRisk,
                    dataSubjectText: incident.dataSubjectText,
                    exemption: incident.art34Exemption ?? "",
                    justification: incident.art34Justification,
                  }}
                />
              </section>
            )}
            {incident.notifications.length === 0 && (
              <section aria-labelledby="negative-heading" className="space-y-3">
                <h3 id="negative-heading" className="text-sm font-semibold text-gray-900">
                  No notification needed
                </h3>
                <RegisterDeterminationForm
                  incidentId={incident.id}
                  reason={declared ? "" : incident.determinationReason}
                />
              </section>
            )}
          </div>
        </Card>
      )}

      {canManage && open && (
        <Card title="Edit incident">
          <RegisterIncidentForm
            action={updateIncidentAction}
            timeZone={timeZone}
            options={options}
            incident={{
              id: incident.id,
              title: incident.title,
              description: incident.description,
              detectedAt: utcToWallTime(incident.detectedAt, timeZone),
              awareAt: utcToWallTime(incident.awareAt, timeZone),
              dataCategories: incident.dataCategories,
              systemIds: incident.systems.map((s) => s.dataSystem.id),
              organizationIds: incident.organizations.map((o) => o.organization.id),
            }}
          />
        </Card>
      )}
    </div>
  );
}
