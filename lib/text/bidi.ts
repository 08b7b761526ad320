import { BIDI_CONTROL, everywhere } from "./unsafe-characters.ts";

const BIDI_CONTROLS = everywhere(BIDI_CONTROL);

/**
 * `value` without bidirectional formatting characters (overrides, embeddings, isolates, marks): for
 * stored text shown where an isolate cannot be used (a title attribute, an accessible name, a PDF).
 */
export function withoutBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, "");
}
