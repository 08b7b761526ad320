import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, DefinitionList, PageHeader } from "@/app/_ui";
import { getSystemConnector } from "@/lib/dsr/connectors/configure";
import { loadPage } from "@/lib/http/page";
import { listSystemCategories } from "@/lib/retention/systems/manage-categories";
import { CategoryForm, RemoveCategoryForm } from "./category-form";
import { SYSTEMS_MESSAGES as M } from "../messages";
import { ConnectorForm } from "./connector-form";
import { SecretForm } from "./secret-form";
import { TestForm } from "./test-form";

export const metadata: Metadata = { title: "Data system" };

export default async function DataSystemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { system, categories } = await loadPage(async (ctx) => ({
    system: await getSystemConnector(ctx, id),
    categories: await listSystemCategories(ctx, id),
  }));
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
      <Card title={M.categories}>
        <div className="space-y-6">
          <p className="max-w-prose text-sm text-gray-600">{M.categoriesNote}</p>
          {categories.length === 0 && <p className="text-sm text-gray-600">{M.noCategories}</p>}
          {categories.map((c) => (
            <section
              key={c.id}
              aria-labelledby={`category-${c.id}`}
              className="space-y-3 border-t border-gray-200 pt-4"
            >
              <h3 id={`category-${c.id}`} className="font-semibold">
                {c.name}{" "}
                <span className="font-normal text-gray-600">
                  · {M.retentionKey}: <code className="font-mono break-all">{c.retentionKey}</code>
                </span>
              </h3>
              <CategoryForm systemId={system.id} category={c} />
              <RemoveCategoryForm systemId={system.id} category={c} />
            </section>
          ))}
          <section aria-labelledby="category-new" className="space-y-3 border-t border-gray-200 pt-4">
            <h3 id="category-new" className="font-semibold">
              {M.categoryNew}
            </h3>
            <CategoryForm systemId={system.id} />
          </section>
        </div>
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
