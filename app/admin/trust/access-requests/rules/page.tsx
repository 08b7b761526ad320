import type { Metadata } from "next";
import { ActionButton } from "@/app/_components/action-button";
import { guardPage } from "@/app/_components/guard";
import { Badge, Card, Dialog, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { FREE_MAIL_DOMAINS } from "@/lib/trust/access-requests/free-mail";
import { listAccessRules } from "@/lib/trust/access-requests/rules";
import { AccessNav } from "../access-nav";
import { deleteAccessRuleAction, setFreeMailAction } from "../actions";
import { RuleForm } from "./rule-form";

export const metadata: Metadata = { title: "Access rules" };

export default async function AccessRulesPage() {
  const { rules, refuseFreeMailDomains } = await guardPage(() => listAccessRules());
  return (
    <div>
      <PageHeader
        title="Access rules"
        description="Rules decide new requests at once by the requester's email domain; the most specific domain wins. Requests without a rule wait for review."
      />
      <AccessNav current="rules" />
      <div className="space-y-6">
        <Card title="Rules by email domain">
          {rules.length === 0 ? (
            <EmptyState
              headingLevel={3}
              title="No rules yet"
              description="Add one below, e.g. approve your customers' domains for 30 days or deny a competitor's."
            />
          ) : (
            <Table caption="Access rules" hideCaption>
              <THead>
                <Tr>
                  <Th>Domain</Th>
                  <Th>Decision</Th>
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                </Tr>
              </THead>
              <TBody>
                {rules.map((rule) => (
                  <Tr key={rule.id}>
                    <Th scope="row" className="font-mono font-normal text-gray-900">
                      {rule.domain}
                    </Th>
                    <Td>
                      {rule.action === "AUTO_APPROVE" ? (
                        <Badge tone="success">Approve for {rule.grantDays} days</Badge>
                      ) : (
                        <>
                          <Badge tone="danger">Deny</Badge>{" "}
                          <span className="text-gray-700">“{rule.reason}”</span>
                        </>
                      )}
                    </Td>
                    <Td>
                      <div className="flex flex-wrap gap-2">
                        <Dialog
                          triggerLabel="Edit"
                          title={`Edit the rule for ${rule.domain}`}
                          closeLabel="Close"
                        >
                          <RuleForm rule={rule} />
                        </Dialog>
                        <ActionButton
                          action={deleteAccessRuleAction}
                          fields={{ ruleId: rule.id }}
                          label="Delete"
                          variant="danger"
                          pendingLabel="Deleting…"
                        />
                      </div>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
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
