"use server";
// The DPA page's actions: thin; lib/dpa authorises the slug against the caller's membership (owners,
// admins, named signatories accept; owners and admins name signatories), records and audits.
import { refresh } from "next/cache";
import { z } from "zod";
import { acceptDpa, acceptDpaInput } from "@/lib/dpa/accept";
import { setDpaSignatory, signatoryInput } from "@/lib/dpa/signatories";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { DPA_PAGE_MESSAGES as M } from "./messages";

export const acceptDpaAction = defineAction(
  { input: acceptDpaInput, permission: "org.view" },
  async (ctx, input) => {
    const { version } = await acceptDpa(ctx, input);
    refresh();
    return localize(M.accepted(version), ctx.locale);
  },
);

export const setSignatoryAction = defineAction(
  { input: signatoryInput.extend({ named: z.enum(["yes", "no"]) }), permission: "org.dpa.accept" },
  async (ctx, { named, ...input }) => {
    const { changed, email } = await setDpaSignatory(ctx, input, named === "yes");
    refresh();
    return localize(
      changed ? (named === "yes" ? M.named(email) : M.removed(email)) : M.unchanged,
      ctx.locale,
    );
  },
);
