// The keys that verify signed certificates are public (issue 13, ADR 0020): a JSON list at a well-known
// address (the active key as SPKI PEM and JWK, no private part, cacheable, readable from any origin) and a
// note on the security page in English and German naming the key and linking the list; readable at phone and
// laptop width.
import { expect, test } from "../fixtures";

const PATH = "/.well-known/article28-certificate-keys.json";

test("the published certificate keys: one active Ed25519 key as PEM and JWK, nothing private", async ({
  request,
  baseURL,
}) => {
  const response = await request.get(PATH);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(response.headers()["cache-control"]).toBe("public, max-age=300");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const text = await response.text();
  expect(text).not.toMatch(/PRIVATE|"d":/);
  const list = JSON.parse(text) as {
    issuer: string;
    keys: {
      keyId: string;
      algorithm: string;
      status: string;
      publicKeyPem: string;
      jwk: Record<string, string>;
    }[];
  };
  expect(list.issuer).toBe(baseURL);
  expect(list.keys[0]).toMatchObject({
    algorithm: "Ed25519",
    status: "active",
    publicKeyPem: expect.stringMatching(/^-----BEGIN PUBLIC KEY-----\n/),
    jwk: { kty: "OKP", crv: "Ed25519", alg: "EdDSA", kid: list.keys[0]!.keyId },
  });
});

for (const { locale, title, key, link } of [
  {
    locale: "en",
    title: "Signed deletion certificates",
    key: /Key “[^”]+”: signs new certificates/,
    link: "Public keys (JSON, with PEM and JWK)",
  },
  {
    locale: "de",
    title: "Signierte Löschnachweise",
    key: /Schlüssel „[^“]+“: signiert neue Nachweise/,
    link: "Öffentliche Schlüssel (JSON, mit PEM und JWK)",
  },
] as const)
  test(`the security page (${locale}) says certificates are signed and links the public keys`, async ({
    page,
  }) => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1366, height: 900 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`/${locale}/security`);
      const card = page.getByRole("region", { name: title });
      await expect(card).toBeVisible();
      await expect(card.getByText(key)).toBeVisible();
      await expect(card.getByRole("link", { name: link })).toHaveAttribute("href", PATH);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (process.env.SCREENSHOTS) {
        await card.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/certificate-keys-${locale}-${viewport.width}.png` });
      }
    }
  });
