import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, DefinitionList, PageHeader } from "@/app/_ui";
import { getSystemConnector } from "@/lib/dsr/connectors/configure";
import { loadPage } from "@/lib/http/page";
import { SYSTEMS_MESSAGES as M } from "../messages";
import { ConnectorForm } from "./connector-form";
import { SecretForm } from "./secret-form";
import { TestForm } from "./test-form";

export const metadata: Metadata = { title: "Data system" };

export default async function DataSystemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const system = await loadPage((ctx) => getSystemConnector(ctx, id));
  return (
    <div className="space-y-6">
      <PageHeader
        title={system.name}
        description={
          <Link href="/admin/systems" className="underline">
            {M.back}
          </Link>
        }
        actions={
          <Badge tone={system.connector === "WEBHOOK" ? "info" : "neutral"}>
            {M.kinds[system.connector]}
          </Badge>
        }
      />
      <Card title={M.details}>
        <DefinitionList
          items={[
            { term: M.key, description: <code className="font-mono">{system.key}</code> },
            { term: M.description, description: system.description || M.none, muted: !system.description },
            {
              term: M.organisations,
              description: system.organizations.map((o) => o.name).join(", ") || M.none,
              muted: system.organizations.length === 0,
            },
            { term: M.openTasks, description: String(system.openTasks) },
          ]}
        />
      </Card>
      <Card title={M.connector}>
        <p className="mb-4 max-w-prose text-sm text-gray-600">{M.connectorNote}</p>
        <ConnectorForm id={system.id} connector={system.connector} endpointUrl={system.endpointUrl} />
      </Card>
      {system.connector === "WEBHOOK" && (
        <>
          <Card title={M.secret}>
            <p className="mb-4 max-w-prose text-sm text-gray-600">{M.secretNote}</p>
            <SecretForm id={system.id} hasSecret={system.hasSecret} />
          </Card>
          <Card title={M.test}>
            <TestForm id={system.id} />
          </Card>
        </>
      )}
    </div>
  );
}
