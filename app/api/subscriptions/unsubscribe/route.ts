// One-click unsubscribe (RFC 8058) for the List-Unsubscribe header of every subscriber notice: the mail
// provider's server POSTs `List-Unsubscribe=One-Click` to the URL with the subscriber's token.
//
// Exempt from the same-origin check every other state-changing request passes (S14): the caller is a
// mail provider's server, which sends no Origin of ours. That is safe here because the request is
// authorised by the unguessable 256-bit token in the URL (not by a cookie a forged request could
// carry), and the only thing it can ever do is unsubscribe that one address, idempotently.
import { definePublicRoute } from "@/lib/http/route";
import { oneClickUnsubscribe, openUnsubscribeLink } from "./one-click";

export const dynamic = "force-dynamic";

export const POST = definePublicRoute({ sameOrigin: false }, oneClickUnsubscribe);

export const GET = definePublicRoute({}, openUnsubscribeLink);
