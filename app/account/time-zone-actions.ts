"use server";
// The person's own time zone: chosen on the account page, or the browser's stored once at the first
// signed-in page (app/_components/adopt-browser-time-zone.tsx). Both act on the caller's own account.
import { refresh } from "next/cache";
import {
  adoptBrowserTimeZone,
  browserTimeZoneInput,
  chooseTimeZone,
  timeZoneInput,
} from "@/lib/account/time-zone";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { TIME_ZONE_MESSAGES as M } from "./messages";

export const chooseTimeZoneAction = defineAction(
  { input: timeZoneInput, permission: "signed-in" },
  async (ctx, input) => {
    const { timeZone, changed } = await chooseTimeZone(ctx, input);
    if (changed) refresh();
    return localize(changed ? M.saved(timeZone) : M.unchanged(timeZone), ctx.locale);
  },
);

export const adoptBrowserTimeZoneAction = defineAction(
  { input: browserTimeZoneInput, permission: "signed-in" },
  async (ctx, input) => adoptBrowserTimeZone(ctx, input),
);
