// This deployment's published certificate keys (ADR 0020): built once per process from
// CERTIFICATE_SIGNING_KEYS and APP_URL (both fixed for a process's life), so serving them costs no database
// query and no signing key ever leaves lib/signing.
import { env } from "../config/env.ts";
import { certificateSigningKeys } from "./keyring.ts";
import { publishedKeys, PUBLISHED_KEYS_PATH, type PublishedKeys } from "./published-keys.ts";

let cached: { list: PublishedKeys; text: string } | undefined;

function build() {
  cached ??= (() => {
    const list = publishedKeys(certificateSigningKeys(), env().APP_URL.replace(/\/$/, ""));
    return { list, text: `${JSON.stringify(list, null, 2)}\n` };
  })();
  return cached;
}

/** The published list, as served at /.well-known/article28-certificate-keys.json. */
export function publicKeyListText(): string {
  return build().text;
}

/** The published keys (ids, status, dates) for the trust center's security page. */
export function publicKeyList(): PublishedKeys {
  return build().list;
}

/** The absolute URL of the published list. */
export function publicKeyListUrl(): string {
  return new URL(PUBLISHED_KEYS_PATH, env().APP_URL).toString();
}
