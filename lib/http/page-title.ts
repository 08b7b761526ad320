import "server-only";
// The browser tab's title of a portal, account or sign-in page (issue 11 item 7): the page's name in the
// reader's language, then the provider's name ("Mitglieder · Northwind Trust"), not the generic
// "Trust Center" of the root layout.
import type { Metadata } from "next";
import { localize, type Text } from "../i18n/text.ts";
import { providerBranding } from "../provider/branding.ts";
import { requestContext } from "./next-context.ts";

/** A page's `generateMetadata`: its title in the reader's language, with the provider's name. */
export function localizedTitle(title: Text, extra: Metadata = {}): () => Promise<Metadata> {
  return async () => {
    const [ctx, brand] = await Promise.all([requestContext(), providerBranding()]);
    return { ...extra, title: { absolute: `${localize(title, ctx.locale)} · ${brand.name}` } };
  };
}
