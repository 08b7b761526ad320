import type { Metadata } from "next";
import { loadPage } from "@/lib/http/page";
import { isTimeZone } from "@/lib/incidents/deadline";
import { loadNoticeSection } from "@/lib/incidents/notices/view";
import { IncidentHeader } from "../incident-header";
import { NoticeSection } from "./notice-section";

export const metadata: Metadata = { title: "Breach notice" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ tz?: string }>;

/** The breach notice of one incident on its own page: sent phases, follow-ups, the draft, its preview and send. */
export default async function IncidentNoticePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const { tz } = await searchParams;
  const timeZone = tz && isTimeZone(tz) ? tz : "UTC";
  const view = await loadPage((ctx) => loadNoticeSection(ctx, id));
  return (
    <div className="space-y-6">
      <IncidentHeader
        incident={{
          id: view.incidentId,
          reference: view.reference,
          title: view.title,
          status: view.status,
          determination: view.determination,
        }}
        current="notice"
        tz={tz}
      />
      <p className="text-sm text-gray-700">
        Times in {timeZone} (add <code>?tz=Europe/Berlin</code> for another zone).
      </p>
      <NoticeSection view={view} timeZone={timeZone} />
    </div>
  );
}
