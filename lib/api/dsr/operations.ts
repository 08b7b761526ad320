import "server-only";
// The controller API's data-subject-request operations, on the DSR core (lib/dsr): a key files a request
// as its organisation's instruction (source API) through insertInstructedRequest, the path the core keeps
// for callers it has not authorised itself (the filer is the key: no user), and reads with the core's
// list for an authorised organisation (listOrganizationRequests) and getRequest, like the portal. The route
// wrapper (lib/api/api-route.ts) has already authorised the key for the operation's permission in its
// own organisation.
import { auditContextOf } from "../../dsr/audit.ts";
import { getRequest } from "../../dsr/detail.ts";
import { assertReceivedNotInFuture } from "../../dsr/received.ts";
import { insertInstructedRequest } from "../../dsr/insert-request.ts";
import { listOrganizationRequests } from "../../dsr/list.ts";
import type { DsrRequestInput } from "../../dsr/request-input.ts";
import type { OrgContext } from "../../auth/authorization/authorize.ts";
import type { Tx } from "../../db/client.ts";
import type { z } from "zod";
import type { dsrListQuery } from "./list-query.ts";
import { toResource, toSummaryResource } from "./resource.ts";
import { API_BASE_PATH } from "../paths.ts";

export const dsrLocation = (id: string) => `${API_BASE_PATH}/dsr/${id}`;

/** Files the request in `tx` (the idempotency record commits with it). */
export async function fileByApi(tx: Tx, org: OrgContext, input: DsrRequestInput) {
  assertReceivedNotInFuture(input.receivedAt, org.clock);
  const filed = await insertInstructedRequest(
    tx,
    // Filings by API come in volume: the provider chain's copy goes through its inbox (ADR 0022); the
    // route appends it after the commit (appendProviderInbox).
    { ...auditContextOf(org), providerChain: "inbox", organizationId: org.organizationId, userId: null },
    input,
    "API",
  );
  return { resourceId: filed.id, status: 201, location: dsrLocation(filed.id) };
}

export async function readRequest(org: OrgContext, id: string) {
  return toResource(await getRequest(org, org.slug, id));
}

export async function listByApi(org: OrgContext, query: z.output<typeof dsrListQuery>) {
  // The wrapper authorised org.dsr.view for the key's organisation: the core's list for it.
  const list = await listOrganizationRequests(org.organizationId, query, org.clock.now());
  return {
    data: list.requests.map((request) => toSummaryResource(request, list.organization.timeZone)),
    nextCursor: list.nextCursor,
  };
}
