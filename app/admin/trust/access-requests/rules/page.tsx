import type { Metadata } from "next";
import { ActionButton } from "@/app/_components/action-button";
import { Badge, Card, DataTable, Dialog, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { FREE_MAIL_DOMAINS } from "@/lib/trust/access-requests/free-mail";
import { listAccessRules } from "@/lib/trust/access-requests/rules";
import { AccessNav } from "../access-nav";
import { deleteAccessRuleAction, setFreeMailAction } from "../actions";
import { RuleForm } from "./rule-form";

export const metadata: Metadata = { title: "Access rules" };

export default async function AccessRulesPage() {
  const { rules, refuseFreeMailDomains } = await loadPage((ctx) => listAccessRules(ctx));
  return (
    <div>
      <PageHeader
        title="Access rules"
        description="Rules decide new requests at once by the requester's email domain; the most specific domain wins. Requests without a rule wait for review."
      />
      <AccessNav current="rules" />
      <div className="space-y-6">
        <Card title="Rules by email domain">
          <DataTable
            caption="Access rules"
            hideCaption
            rows={rules}
            rowKey={(rule) => rule.id}
            empty={{
              title: "No rules yet",
              description:
                "Add one below, e.g. approve your customers' domains for 30 days or deny a competitor's.",
            }}
            columns={[
              {
                header: "Domain",
                rowHeader: true,
                cell: (rule) => <span className="font-mono font-normal">{rule.domain}</span>,
              },
              {
                header: "Decision",
                cell: (rule) =>
                  rule.action === "AUTO_APPROVE" ? (
                    <Badge tone="success">Approve for {rule.grantDays} days</Badge>
                  ) : (
                    <>
                      <Badge tone="danger">Deny</Badge> <span className="text-gray-700">“{rule.reason}”</span>
                    </>
                  ),
              },
            ]}
            rowActions={(rule) => (
              <>
                <Dialog triggerLabel="Edit" title={`Edit the rule for ${rule.domain}`} closeLabel="Close">
                  <RuleForm rule={rule} />
                </Dialog>
                <ActionButton
                  action={deleteAccessRuleAction}
                  fields={{ ruleId: rule.id }}
                  label="Delete"
                  variant="danger"
                  pendingLabel="Deleting…"
                />
              </>
            )}
          />
        </Card>
        <Card title="Add a rule">
          <RuleForm />
        </Card>
        <Card title="Free-mail addresses">
          <p className="mb-3 text-sm text-gray-700">
            {refuseFreeMailDomains
              ? "Requests from free-mail addresses are denied at once, with a reason asking for a work address (unless a rule names the domain)."
              : "Requests from free-mail addresses go to review like any other."}
          </p>
          <ActionButton
            action={setFreeMailAction}
            fields={{ refuse: refuseFreeMailDomains ? "false" : "true" }}
            label={refuseFreeMailDomains ? "Accept free-mail addresses" : "Refuse free-mail addresses"}
            variant={refuseFreeMailDomains ? "secondary" : "danger"}
          />
          <details className="mt-4 text-sm">
            <summary className="cursor-pointer text-gray-700">
              Domains counted as free mail ({FREE_MAIL_DOMAINS.length})
            </summary>
            <p className="mt-2 font-mono text-xs text-gray-600">{FREE_MAIL_DOMAINS.join(", ")}</p>
          </details>
        </Card>
      </div>
    </div>
  );
}
