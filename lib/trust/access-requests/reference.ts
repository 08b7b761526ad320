// The reference of an access request ("AR-7F3A9-C21B0"): drawn by the database for every new request
// (schema.prisma), told to the requester on the confirmation and in the emails, and shown to staff beside
// the request, so a requester who quotes it is found. Hex digits, so a reference read over the phone survives.
import { randomBytes } from "node:crypto";

/** The shape of a stored reference. */
export const REFERENCE_SHAPE = /^AR-[0-9A-F]{5}-[0-9A-F]{5}$/;

/** A reference of the stored shape that names no request (the answer a refused bot gets). */
export function unusedReference(): string {
  const hex = randomBytes(5).toString("hex").toUpperCase();
  return `AR-${hex.slice(0, 5)}-${hex.slice(5)}`;
}
