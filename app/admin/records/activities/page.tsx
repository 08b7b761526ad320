import type { Metadata } from "next";
import { Card, DateTime, PageHeader, UserText } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { linkableSystems, listActivities } from "@/lib/records-of-processing/activities";
import { RECORDS_STAFF_MESSAGES as M } from "../messages";
import { ActivityForm, RemoveActivityForm } from "./activity-form";

export const metadata: Metadata = { title: "Processing activities" };

export default async function ProcessingActivitiesPage() {
  const { list, systems } = await loadPage(async (ctx) => ({
    list: await listActivities(ctx),
    systems: await linkableSystems(ctx),
  }));
  const keys = systems.map((s) => s.key);
  return (
    <div className="space-y-6">
      <PageHeader title={M.title} description={M.description} />
      <Card title={M.current}>
        <div className="space-y-6">
          {list.current.length === 0 && <p className="text-sm text-gray-600">{M.none}</p>}
          {list.current.map((a) => (
            <section
              key={a.activityId}
              aria-labelledby={`activity-${a.activityId}`}
              className="space-y-3 border-t border-gray-200 pt-4 first:border-t-0 first:pt-0"
            >
              <h3 id={`activity-${a.activityId}`} className="font-semibold break-words">
                <UserText>{a.name}</UserText>{" "}
                <span className="font-normal text-gray-600">
                  · {M.version(a.version)} · {M.validFrom} <DateTime value={a.validFrom} />
                </span>
              </h3>
              <ActivityForm activity={a} systemKeys={keys} />
              <RemoveActivityForm activityId={a.activityId} name={a.name} />
              {a.history.length > 0 && (
                <details className="text-sm">
                  <summary className="cursor-pointer">{M.history(a.history.length)}</summary>
                  <ul className="mt-2 space-y-1">
                    {a.history.map((v) => (
                      <li key={v.version} className="break-words">
                        {M.version(v.version)}: <UserText>{v.name}</UserText> —{" "}
                        <UserText>{v.purpose}</UserText>{" "}
                        <span className="text-gray-600">
                          (<DateTime value={v.validFrom} /> –{" "}
                          {v.validUntil && <DateTime value={v.validUntil} />})
                        </span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </section>
          ))}
        </div>
      </Card>
      <Card title={M.add}>
        <ActivityForm systemKeys={keys} />
      </Card>
      {list.removed.length > 0 && (
        <Card title={M.removedTitle}>
          <ul className="space-y-1 text-sm">
            {list.removed.map((a) => (
              <li key={a.activityId} className="break-words">
                <UserText>{a.name}</UserText> ({M.version(a.version)}, {M.validUntil}{" "}
                {a.validUntil && <DateTime value={a.validUntil} />})
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
