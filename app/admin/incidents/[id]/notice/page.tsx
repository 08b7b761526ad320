import type { Metadata } from "next";
import { loadPage } from "@/lib/http/page";
import { TimesInNote } from "@/app/_components/times-in-note";
import { loadNoticeSection } from "@/lib/incidents/notices/view";
import { IncidentHeader } from "../incident-header";
import { NoticeSection } from "./notice-section";

export const metadata: Metadata = { title: "Breach notice" };

type Params = Promise<{ id: string }>;

/** The breach notice of one incident on its own page: sent phases, follow-ups, the draft, its preview and send. */
export default async function IncidentNoticePage({ params }: { params: Params }) {
  const { id } = await params;
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
      />
      <TimesInNote />
      <NoticeSection view={view} />
    </div>
  );
}
