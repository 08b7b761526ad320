// The provider's subprocessor change notices (Art. 28(2)): every announced addition, replacement and
// removal, as the trust center published it to every customer. The same for every organisation (the
// provider's public list); no other organisation's data.
import { afterId, columns, defineEntity, pagesById } from "../entity.ts";

export const subprocessorNoticesEntity = defineEntity({
  name: "subprocessor-notices",
  title: "Subprocessor notices",
  about: "Every change of the provider's subprocessors that was announced (ADD, REPLACE, REMOVE).",
  columns: columns({
    id: "the notice's id",
    type: "ADD, REPLACE or REMOVE",
    subprocessor: "the subprocessor added or removed",
    country: "where it processes data (ISO 3166-1 alpha-2)",
    replaced: "REPLACE: the subprocessor that stops",
    note: "the announcement's note",
    announced_at: "when it was announced (UTC)",
    effective_date: "the day it takes effect",
  }),
  count: ({ tx }) => tx.subprocessorChange.count(),
  pages: ({ tx, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.subprocessorChange.findMany({
          where: afterId(after),
          orderBy: { id: "asc" },
          take,
          include: {
            subprocessor: { select: { name: true, country: true } },
            replaced: { select: { name: true } },
          },
        }),
      (c) => ({
        id: c.id,
        type: c.type,
        subprocessor: c.subprocessor.name,
        country: c.subprocessor.country,
        replaced: c.replaced?.name ?? null,
        note: c.note,
        announced_at: c.announcedAt,
        effective_date: c.effectiveDate.toISOString().slice(0, 10),
      }),
    ),
});
