import type { Metadata } from "next";
import {
  Badge,
  Card,
  DataTable,
  DateTime,
  DefinitionList,
  EmptyState,
  PageHeader,
  type BadgeTone,
} from "@/app/_ui";
import { listDomainClaims, type PendingClaimView } from "@/lib/auth/sso/domain-review";
import type { SsoDomainClaimStatus } from "@/lib/generated/prisma/enums";
import { loadPage } from "@/lib/http/page";
import { ApproveClaimForm, RefuseClaimForm } from "./decision-forms";
import { SSO_DOMAINS_CONSOLE_MESSAGES as WORDS } from "./messages";

export const metadata: Metadata = { title: "Sign-in domains" };

const TONES: Record<SsoDomainClaimStatus, BadgeTone> = {
  PENDING: "warning",
  APPROVED: "success",
  REFUSED: "danger",
};

/** Organisations' claims to email domains for Microsoft sign-in (S27): approve, refuse, withdraw. */
export default async function SsoDomainsPage() {
  const { pending, decided } = await loadPage((ctx) => listDomainClaims(ctx));
  return (
    <div>
      <PageHeader
        title="Sign-in domains"
        description="Email domains organisations ask to use for Microsoft sign-in. A domain routes sign-ins to an organisation's tenant, and admits new members, only once approved here. Approve only when the organisation has shown it controls the domain (for example a DNS TXT record you asked for)."
      />
      <div className="space-y-6">
        <section aria-labelledby="pending-heading" className="space-y-4">
          <h2 id="pending-heading" className="text-lg font-semibold">
            Waiting for a decision ({pending.length})
          </h2>
          {pending.length === 0 ? (
            <EmptyState
              headingLevel={3}
              title="No domain waits for a decision"
              description="Domains an organisation lists in its Microsoft sign-in settings appear here, oldest first."
            />
          ) : (
            pending.map((claim) => <PendingClaim key={claim.id} claim={claim} />)
          )}
        </section>

        <Card title="Decided domains">
          <DataTable
            caption="Approved and refused domains, latest decision first"
            hideCaption
            rows={decided}
            rowKey={(c) => c.id}
            empty={{
              title: "No decisions yet",
              description: "Approved and refused domains appear here with the reason given.",
            }}
            columns={[
              { header: "Domain", cell: (c) => <span className="font-mono">{c.domain}</span> },
              { header: "Organisation", cell: (c) => c.organizationName },
              {
                header: "State",
                cell: (c) => <Badge tone={TONES[c.status]}>{WORDS.status[c.status]}</Badge>,
              },
              {
                header: "Decision",
                cell: (c) => (
                  <>
                    {c.reason && <span className="block">“{c.reason}”</span>}
                    <span className="block text-xs text-gray-600">
                      by {WORDS.decidedBy(c.decidedBy)}
                      {c.decidedAt && (
                        <>
                          {" "}
                          · <DateTime value={c.decidedAt} />
                        </>
                      )}
                    </span>
                  </>
                ),
              },
            ]}
            rowActions={(c) =>
              c.status === "APPROVED" && (
                <RefuseClaimForm
                  claimId={c.id}
                  domain={c.domain}
                  organizationName={c.organizationName}
                  withdraw
                />
              )
            }
          />
        </Card>
      </div>
    </div>
  );
}

function PendingClaim({ claim }: { claim: PendingClaimView }) {
  const others = claim.otherOrganizations;
  return (
    <Card title={`${claim.domain} for ${claim.organization.name}`} headingLevel={3}>
      <DefinitionList
        items={[
          {
            term: "Asked",
            description: (
              <>
                <DateTime value={claim.createdAt} /> by {claim.requestedBy ?? "a former member"}
              </>
            ),
          },
          {
            term: "Own members at this domain",
            description: WORDS.members(claim.ownMembers),
          },
          {
            term: "Other organisations' members at this domain",
            description:
              others.length === 0 ? (
                "None"
              ) : (
                <span className="font-medium text-danger-700">
                  {others.map((o) => `${o.organizationName} (${WORDS.members(o.members)})`).join(", ")}.
                  Approving routes their Microsoft sign-in to {claim.organization.name}&rsquo;s tenant.
                </span>
              ),
            muted: others.length === 0,
          },
          {
            term: "Other claims on this domain",
            description:
              claim.competingClaims.length === 0
                ? "None"
                : claim.competingClaims
                    .map((c) => `${c.organizationName} (${WORDS.status[c.status].toLowerCase()})`)
                    .join(", "),
            muted: claim.competingClaims.length === 0,
          },
        ]}
      />
      <div className="mt-4 grid gap-3 border-t border-gray-200 pt-4 lg:grid-cols-2">
        <ApproveClaimForm
          claimId={claim.id}
          domain={claim.domain}
          organizationName={claim.organization.name}
        />
        <RefuseClaimForm
          claimId={claim.id}
          domain={claim.domain}
          organizationName={claim.organization.name}
        />
      </div>
    </Card>
  );
}
