import "server-only";
// The bodies of /subprocessors.json and /subprocessors.csv, built from the same register as the page.
// Route handlers keep these strings until the next publish (lib/public-snapshot/cached.ts), so a visit does
// not query the database.
import { env } from "../../config/env.ts";
import { localizedPath } from "../../i18n/locale.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { getProviderProfile } from "../provider-profile.ts";
import { subprocessorsCsv, subprocessorsDocument, type SubprocessorsDocument } from "./machine-readable.ts";
import { loadSubprocessorRegister } from "./register.ts";

export async function buildSubprocessorsDocument(clock: Clock = systemClock): Promise<SubprocessorsDocument> {
  const [register, provider] = await Promise.all([loadSubprocessorRegister(clock), getProviderProfile("en")]);
  const page = new URL(localizedPath("en", "/subprocessors"), env().APP_URL).toString();
  return subprocessorsDocument(
    register,
    { name: provider.displayName, legalName: provider.legalName, contact: provider.dpoEmail, page },
    clock.now(),
  );
}

export async function subprocessorsJsonText(clock: Clock = systemClock): Promise<string> {
  return `${JSON.stringify(await buildSubprocessorsDocument(clock), null, 2)}\n`;
}

export async function subprocessorsCsvText(clock: Clock = systemClock): Promise<string> {
  return subprocessorsCsv(await loadSubprocessorRegister(clock));
}
