"use client";
// A signed-in person who has not chosen a time zone yet gets the one their browser reports, stored once
// (whatever way they signed in: this runs on the first page of the signed-in shell). Until then pages
// are rendered in the organisation's or the provider's default, with the zone named; if the stored zone
// differs, the page is rendered again in it. Without scripts nothing is stored and the default stays.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { adoptBrowserTimeZoneAction } from "@/app/account/time-zone-actions";

export function AdoptBrowserTimeZone({ shownIn }: { shownIn: string }) {
  const router = useRouter();
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const reported = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!reported) return;
    const form = new FormData();
    form.set("timeZone", reported);
    void adoptBrowserTimeZoneAction(null, form).then((result) => {
      if (result.ok && result.data.timeZone !== shownIn) router.refresh();
    });
  }, [router, shownIn]);
  return null;
}
