import "server-only";
// What a page does when its data load refuses: 404 for records the viewer may not know, 403 for pages
// their role does not allow, sign-in (or the MFA step owed) for anonymous visitors. Other errors go to
// the error page. The load gets the caller's context, marked as one that only reads (a page shows).
import { forbidden, notFound, redirect } from "next/navigation";
import type { Context, SignedInContext } from "../context/context.ts";
import { isAppError } from "../errors.ts";
import { requestContext, signedInContext } from "./next-context.ts";

async function guarded<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error, "not_found")) notFound();
    if (isAppError(error, "forbidden")) forbidden();
    if (isAppError(error, "unauthenticated")) redirect("/continue");
    throw error;
  }
}

/** The data of a page for a signed-in visitor. */
export function loadPage<T>(load: (ctx: SignedInContext) => Promise<T>): Promise<T> {
  return guarded(async () => load({ ...(await signedInContext()), intent: "read" }));
}

/** The data of a page anyone may open (emailed links, invitations); `ctx.actor` may be null. */
export function loadPublicPage<T>(load: (ctx: Context) => Promise<T>): Promise<T> {
  return guarded(async () => load({ ...(await requestContext()), intent: "read" }));
}
