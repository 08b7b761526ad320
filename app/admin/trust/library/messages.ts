// Words of the document library console (staff console: English).
export const LIBRARY_CONSOLE_MESSAGES = {
  metadataSaved: (changes: number) =>
    changes === 0 ? "Nothing changed." : `Saved ${changes} change${changes === 1 ? "" : "s"}.`,
  archived: (outcome: { archived: boolean; changed: boolean }) =>
    outcome.archived
      ? outcome.changed
        ? "Archived: the document left the public library and its download links stopped working."
        : "The document was already archived."
      : outcome.changed
        ? "Restored to the public library."
        : "The document was already in the library.",
};
