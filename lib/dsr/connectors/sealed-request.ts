// The request's sealed parts as the connector part reads them: the subject's identifiers ({ email?,
// externalId? }, A15) and the details (rectification: corrections; restriction/objection: scope), sealed by
// lib/dsr (dsr-core) with these contexts while the request is open, and null once it closes.
import { z } from "zod";
import { open, seal } from "../../crypto/secret-box.ts";

export const subjectSealContext = (requestId: string) => `dsr-subject:${requestId}`;
export const detailsSealContext = (requestId: string) => `dsr-details:${requestId}`;

const subject = z.object({ email: z.string().optional(), externalId: z.string().optional() });
const details = z.object({
  corrections: z.record(z.string(), z.string()).optional(),
  scope: z.string().optional(),
});

export type RequestSubject = z.infer<typeof subject>;
export type RequestDetails = z.infer<typeof details>;

export function openSubject(requestId: string, sealed: string | null): RequestSubject | null {
  if (!sealed) return null;
  return subject.parse(JSON.parse(open(sealed, subjectSealContext(requestId))));
}

export function openDetails(requestId: string, sealed: string | null): RequestDetails {
  if (!sealed) return {};
  return details.parse(JSON.parse(open(sealed, detailsSealContext(requestId))));
}

/** For tests and the bench: the sealed columns as lib/dsr writes them. */
export function sealSubject(requestId: string, value: RequestSubject): string {
  return seal(JSON.stringify(value), subjectSealContext(requestId));
}

export function sealDetails(requestId: string, value: RequestDetails): string {
  return seal(JSON.stringify(value), detailsSealContext(requestId));
}
