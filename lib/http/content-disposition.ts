// The Content-Disposition of a download (SECURITY.md S25): its file name is written into a header, so it
// must be one of our own plain names (letters, digits, ".", "_", "-"), never something a person typed;
// anything else fails the answer instead of splitting or bending the header.
const PLAIN_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** `attachment; filename="<fileName>"`; throws when the name is not a plain file name. */
export function attachmentDisposition(fileName: string): string {
  if (!PLAIN_FILE_NAME.test(fileName) || fileName.includes(".."))
    throw new Error("Content-Disposition: the file name is not a plain file name");
  return `attachment; filename="${fileName}"`;
}
