// Which subprocessors apply to one organisation at a moment, and whether each is authorised for it
// (GDPR.md C1), read from the stored history, so a past moment gives the state of that moment: the
// subprocessors in effect on that day (activeFrom/activeUntil) and, for one that came with an announced
// change, the organisation's notice of it and the latest answer recorded at or before the moment.
//
// Authorised: on the list before the organisation was notified of it (part of its contract: no notice);
// accepted, deemed accepted, or its general window closed in silence (the job records the deemed acceptance
// shortly after); approved (specific). Not authorised: general window still open, objected (also when
// resolved by an alternative or a terminated contract), awaiting approval or refused (specific).
// For the records of processing (Art. 30(2)): list `authorised` ones as applying; the others as not authorised.
import type { Tx } from "../db/client.ts";
import type { SubprocessorAuthorisation, SubprocessorNoticeStatus } from "../generated/prisma/enums.ts";
import { utcDay } from "../time/calendar-date.ts";

export type AuthorisationState = "authorised" | "window_open" | "objected" | "awaiting_approval" | "refused";
export type AuthorisationBasis = "contract" | "accepted" | "deemed_accepted" | "window_closed" | "approved";

export type AppliedSubprocessor = {
  subprocessorId: string;
  name: string;
  purpose: string;
  purposeDe: string;
  dataCategories: string[];
  dataCategoriesDe: string[];
  location: string;
  country: string;
  transferMechanism: string;
  activeFrom: Date;
  activeUntil: Date | null;
  authorised: boolean;
  state: AuthorisationState;
  /** Why it is authorised (null when it is not). */
  basis: AuthorisationBasis | null;
  /** The organisation's notice of the change that brought it (null: on the list before). */
  noticeId: string | null;
  mode: SubprocessorAuthorisation | null;
  windowEndsAt: Date | null;
};

/** What the function reads: the application's client or a transaction. */
export type AuthorisationReader = Pick<Tx, "subprocessor">;

export async function authorisedSubprocessorsAt(
  reader: AuthorisationReader,
  organizationId: string,
  at: Date,
): Promise<AppliedSubprocessor[]> {
  const day = utcDay(at);
  const rows = await reader.subprocessor.findMany({
    where: { activeFrom: { lte: day }, OR: [{ activeUntil: null }, { activeUntil: { gt: day } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      purpose: true,
      purposeDe: true,
      dataCategories: true,
      dataCategoriesDe: true,
      location: true,
      country: true,
      transferMechanism: true,
      activeFrom: true,
      activeUntil: true,
      changes: {
        where: { type: { in: ["ADD", "REPLACE"] } },
        select: {
          notices: {
            where: { organizationId, createdAt: { lte: at } },
            select: {
              id: true,
              mode: true,
              windowEndsAt: true,
              answers: {
                where: { at: { lte: at } },
                orderBy: [{ at: "desc" }, { id: "desc" }],
                take: 1,
                select: { status: true },
              },
            },
          },
        },
      },
    },
  });
  return rows.map(({ id, changes, ...sp }) => {
    const notice = changes.flatMap((c) => c.notices)[0] ?? null;
    const judged = notice
      ? judge(notice.mode, notice.answers[0]?.status ?? "NOTIFIED", notice.windowEndsAt, at)
      : { state: "authorised" as const, basis: "contract" as const };
    return {
      subprocessorId: id,
      ...sp,
      authorised: judged.state === "authorised",
      state: judged.state,
      basis: judged.basis,
      noticeId: notice?.id ?? null,
      mode: notice?.mode ?? null,
      windowEndsAt: notice?.windowEndsAt ?? null,
    };
  });
}

/** The authorisation a notice in `status` gives at `at`. Pure. */
export function judge(
  mode: SubprocessorAuthorisation,
  status: SubprocessorNoticeStatus,
  windowEndsAt: Date | null,
  at: Date,
): { state: AuthorisationState; basis: AuthorisationBasis | null } {
  switch (status) {
    case "ACCEPTED":
      return { state: "authorised", basis: "accepted" };
    case "DEEMED_ACCEPTED":
      return { state: "authorised", basis: "deemed_accepted" };
    case "APPROVED":
      return { state: "authorised", basis: "approved" };
    case "OBJECTED":
      return { state: "objected", basis: null };
    case "REFUSED":
      return { state: "refused", basis: null };
    case "NOTIFIED":
      if (mode === "SPECIFIC") return { state: "awaiting_approval", basis: null };
      if (windowEndsAt && windowEndsAt <= at) return { state: "authorised", basis: "window_closed" };
      return { state: "window_open", basis: null };
  }
}
