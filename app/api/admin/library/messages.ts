// Words of the library upload routes (staff console: English).
export const UPLOAD_MESSAGES = {
  uploaded: (title: string, slug: string) => `Uploaded "${title}" as ${slug}.pdf.`,
  replaced: (sha256: string) => `File replaced (SHA-256 ${sha256.slice(0, 12)}…).`,
  onlyTheFile: "Send only the file.",
};
