// Where an organisation stands with the DPA now (ADR 0029): bound by a negotiated DPA; current (it accepted
// the current version); pending (it accepted an earlier one, or none); or nothing to accept while no DPA is
// published. One organisation (the portal and its banner) or all of them (the staff table), from the same rule.
import type { Tx } from "../db/client.ts";
import { acceptedDpaAt, type AcceptedDpa } from "./accepted.ts";
import { currentDpaVersion, type DpaVersionFacts } from "./current-version.ts";

export type DpaState = "negotiated" | "current" | "pending" | "none";

export type DpaStatus = {
  state: DpaState;
  current: DpaVersionFacts | null;
  /** What binds the organisation now (its negotiated DPA or its newest acceptance). */
  bound: AcceptedDpa | null;
};

export type StatusReader = Pick<Tx, "trustDocumentVersion" | "dpaAcceptance" | "negotiatedDpa">;

/** The state given the current version and what binds the organisation. */
export function dpaState(current: DpaVersionFacts | null, bound: AcceptedDpa | null): DpaState {
  if (bound?.kind === "negotiated") return "negotiated";
  if (!current) return "none";
  return bound?.kind === "standard" && bound.versionId === current.id ? "current" : "pending";
}

export async function organizationDpaStatus(
  reader: StatusReader,
  organizationId: string,
  now: Date,
): Promise<DpaStatus> {
  const [current, bound] = await Promise.all([
    currentDpaVersion(reader),
    acceptedDpaAt(reader, organizationId, now),
  ]);
  return { state: dpaState(current, bound), current, bound };
}
