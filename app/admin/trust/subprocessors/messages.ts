// Words of the staff subprocessor page (staff console: English).
export const SUBPROCESSORS_CONSOLE_MESSAGES = {
  announced: (subscribersNotified: number) => {
    const who = subscribersNotified === 1 ? "1 subscriber" : `${subscribersNotified} subscribers`;
    return `Change announced. The public list and the updates feed show it now; ${who} will be emailed.`;
  },
  detailsSaved: (name: string, changed: readonly string[]) =>
    changed.length === 0
      ? `Nothing changed for ${name}.`
      : `Saved ${name}: ${changed.join(", ")} updated. Nobody is emailed about corrections.`,
};
