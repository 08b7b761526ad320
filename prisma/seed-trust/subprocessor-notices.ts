// Demo history of subprocessor authorisation (GDPR.md C1/C2, lib/subprocessor-notices): the seeded Acme,
// Globex and Initech were notified of the two seeded changes (Lumen AI SAS added, Postwerk Mail GmbH replacing
// Relaymail Inc.) and answered as customers do: Acme stayed silent (deemed accepted), Globex (specific
// authorisation) approved each, Initech accepted the first and objected to the second until the provider's
// privacy team answered its questions and it withdrew. Dated from the changes' announcements, each notice
// delivered a minute after (the window runs from delivery, GDPR.md C1). Nobody is emailed and nothing is
// audited for seeded history. Idempotent: an organisation already notified of a change is skipped.
import { db } from "../../lib/db/client.ts";
import type {
  SubprocessorNoticeStatus,
  SubprocessorObjectionOutcome,
} from "../../lib/generated/prisma/enums.ts";

const DAY = 24 * 60 * 60 * 1000;
const DELIVERED_AFTER_MS = 60 * 1000;

type Answer = {
  status: SubprocessorNoticeStatus;
  afterDays: number;
  by: string | null;
  text?: string;
  outcome?: SubprocessorObjectionOutcome;
};

const HISTORY: Record<string, Record<string, Answer[]>> = {
  "Lumen AI SAS": {
    acme: [{ status: "DEEMED_ACCEPTED", afterDays: 30, by: null }],
    globex: [{ status: "APPROVED", afterDays: 12, by: "owner@globex.example" }],
    initech: [{ status: "ACCEPTED", afterDays: 3, by: "owner@initech.example" }],
  },
  "Postwerk Mail GmbH": {
    acme: [{ status: "DEEMED_ACCEPTED", afterDays: 30, by: null }],
    globex: [{ status: "APPROVED", afterDays: 7, by: "admin@globex.example" }],
    initech: [
      {
        status: "OBJECTED",
        afterDays: 4,
        by: "owner@initech.example",
        text: "Our claims notifications run through this email service; we need Postwerk's TOMs and its sub-subprocessors first.",
      },
      {
        status: "ACCEPTED",
        afterDays: 11,
        by: "privacy@northwind.example",
        outcome: "WITHDRAWN",
        text: "Sent Postwerk's TOMs and list; Initech withdrew its objection by email on the same day.",
      },
    ],
  },
};

export async function seedSubprocessorNotices(now: Date): Promise<void> {
  const organizations = await db.organization.findMany({
    where: { slug: { in: ["acme", "globex", "initech"] } },
    select: { id: true, slug: true, subprocessorAuthorisation: true, subprocessorNoticeDays: true },
  });
  for (const [subprocessor, answers] of Object.entries(HISTORY)) {
    const change = await db.subprocessorChange.findFirst({
      where: { subprocessor: { name: subprocessor }, type: { in: ["ADD", "REPLACE"] } },
      select: { id: true, announcedAt: true },
    });
    if (!change) continue;
    for (const org of organizations) {
      const planned = answers[org.slug] ?? [];
      const exists = await db.subprocessorNotice.findUnique({
        where: { changeId_organizationId: { changeId: change.id, organizationId: org.id } },
        select: { id: true },
      });
      if (exists) continue;
      const general = org.subprocessorAuthorisation === "GENERAL";
      const deliveredAt = new Date(change.announcedAt.getTime() + DELIVERED_AFTER_MS);
      const windowEndsAt = general
        ? new Date(deliveredAt.getTime() + org.subprocessorNoticeDays * DAY)
        : null;
      // A deemed acceptance is dated at the window's end, as the job records it.
      const answeredAt = (a: Answer) =>
        a.status === "DEEMED_ACCEPTED" && windowEndsAt
          ? windowEndsAt
          : new Date(change.announcedAt.getTime() + a.afterDays * DAY);
      const done = planned.filter((a) => answeredAt(a) <= now);
      const last = done.at(-1);
      const people = await db.user.findMany({
        where: { email: { in: done.map((a) => a.by).filter((e): e is string => e !== null) } },
        select: { id: true, email: true, name: true },
      });
      await db.subprocessorNotice.create({
        data: {
          changeId: change.id,
          organizationId: org.id,
          mode: org.subprocessorAuthorisation,
          noticeDays: org.subprocessorNoticeDays,
          deliveredAt,
          windowEndsAt,
          status: last?.status ?? "NOTIFIED",
          objectionOutcome: done.find((a) => a.outcome)?.outcome ?? null,
          resolvedAt: done.find((a) => a.outcome)
            ? new Date(change.announcedAt.getTime() + done.find((a) => a.outcome)!.afterDays * DAY)
            : null,
          recipients: [],
          createdAt: change.announcedAt,
          answers: {
            create: done.map((a) => {
              const person = people.find((p) => p.email === a.by);
              return {
                organizationId: org.id,
                status: a.status,
                outcome: a.outcome ?? null,
                text: a.text ?? "",
                byName: person ? person.name || person.email : "system",
                byUserId: person?.id ?? null,
                byProvider: a.by === null || a.outcome !== undefined,
                at: answeredAt(a),
              };
            }),
          },
        },
      });
    }
  }
}
