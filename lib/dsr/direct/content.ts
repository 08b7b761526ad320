// What a data subject wrote through the public form, sealed at rest (bound to the message's id).
import { open, seal } from "../../crypto/secret-box.ts";

/** How long a message that concerns none of our customers is kept after staff closed it (./purge.ts). */
export const DIRECT_CONTENT_DAYS = 30;

export type DirectContent = { name: string; email: string; company: string; message: string };

const context = (id: string) => `dsr-direct:${id}`;

export function sealDirectContent(id: string, content: DirectContent): string {
  return seal(JSON.stringify(content), context(id));
}

export function openDirectContent(id: string, sealed: string): DirectContent {
  return JSON.parse(open(sealed, context(id))) as DirectContent;
}
