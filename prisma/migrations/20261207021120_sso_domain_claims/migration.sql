-- CreateEnum
CREATE TYPE "SsoDomainClaimStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "mfaFromSsoClaim" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ssoOrganizationId" TEXT;

-- CreateTable
CREATE TABLE "SsoDomainClaim" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "status" "SsoDomainClaimStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SsoDomainClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SsoDomainClaim_domain_status_idx" ON "SsoDomainClaim"("domain", "status");

-- CreateIndex
CREATE INDEX "SsoDomainClaim_status_createdAt_idx" ON "SsoDomainClaim"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SsoDomainClaim_organizationId_domain_key" ON "SsoDomainClaim"("organizationId", "domain");

-- CreateIndex
CREATE INDEX "Session_ssoOrganizationId_idx" ON "Session"("ssoOrganizationId");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_ssoOrganizationId_fkey" FOREIGN KEY ("ssoOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoDomainClaim" ADD CONSTRAINT "SsoDomainClaim_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Microsoft sign-in domains become claims (SECURITY.md S27, ADR 0014). Domains entered before claims
-- needed staff approval are carried over as APPROVED (they were entered under the old rule and
-- organisations rely on them), with two exceptions:
--   * the provider's own domains (email domains of staff accounts and of the DPO and security contacts,
--     their subdomains and parents), free-mail domains (lib/trust/access-requests/free-mail.ts as of this
--     migration) and Microsoft's shared domains (lib/auth/sso/claimable.ts) are REFUSED: they were never
--     the organisation's to claim;
--   * where two organisations listed the same domain (possible only through a race of the old check),
--     the earliest connection's claim is APPROVED and the other waits as PENDING for staff.
WITH provider_domains AS (
  SELECT DISTINCT lower(split_part(u."email", '@', 2)) AS domain
  FROM "User" u
  WHERE EXISTS (SELECT 1 FROM "StaffRoleAssignment" s WHERE s."userId" = u."id")
  UNION
  SELECT lower(split_part(e, '@', 2))
  FROM "ProviderSettings" p, unnest(ARRAY[p."dpoEmail", p."securityEmail"]) AS e
),
free_mail(domain) AS (
  VALUES ('gmail.com'), ('googlemail.com'), ('outlook.com'), ('outlook.de'), ('hotmail.com'), ('hotmail.de'), ('hotmail.co.uk'), ('live.com'), ('live.de'), ('msn.com'), ('yahoo.com'), ('yahoo.de'), ('yahoo.co.uk'), ('ymail.com'), ('icloud.com'), ('me.com'), ('mac.com'), ('gmx.de'), ('gmx.net'), ('gmx.at'), ('gmx.ch'), ('gmx.com'), ('web.de'), ('t-online.de'), ('freenet.de'), ('arcor.de'), ('posteo.de'), ('mailbox.org'), ('proton.me'), ('protonmail.com'), ('pm.me'), ('tutanota.com'), ('tuta.io'), ('aol.com'), ('aol.de'), ('mail.com'), ('zoho.com'), ('yandex.ru'), ('yandex.com'), ('mail.ru'), ('qq.com'), ('163.com'), ('fastmail.com'), ('hey.com')
),
listed AS (
  SELECT c."organizationId", lower(d) AS domain, c."createdAt",
         row_number() OVER (PARTITION BY lower(d) ORDER BY c."createdAt", c."id") AS claim_order
  FROM "SsoConnection" c, unnest(c."allowedDomains") AS d
),
judged AS (
  SELECT l.*,
    EXISTS (
      SELECT 1 FROM provider_domains p
      WHERE p.domain <> '' AND (l.domain = p.domain OR l.domain LIKE '%.' || p.domain OR p.domain LIKE '%.' || l.domain)
    ) AS is_provider,
    EXISTS (
      SELECT 1 FROM free_mail f WHERE l.domain = f.domain OR l.domain LIKE '%.' || f.domain
    ) OR l.domain = 'onmicrosoft.com' OR EXISTS (
      SELECT 1 FROM (VALUES ('microsoft.com'), ('microsoftonline.com'), ('windows.net')) AS m(domain)
      WHERE l.domain = m.domain OR l.domain LIKE '%.' || m.domain
    ) AS is_shared
  FROM listed l
)
INSERT INTO "SsoDomainClaim" ("id", "organizationId", "domain", "status", "decidedAt", "decisionReason", "createdAt", "updatedAt")
SELECT
  gen_random_uuid()::text,
  j."organizationId",
  j.domain,
  CASE
    WHEN j.is_provider OR j.is_shared THEN 'REFUSED'
    WHEN j.claim_order = 1 THEN 'APPROVED'
    ELSE 'PENDING'
  END::"SsoDomainClaimStatus",
  CASE WHEN j.is_provider OR j.is_shared OR j.claim_order = 1 THEN CURRENT_TIMESTAMP END,
  CASE
    WHEN j.is_provider THEN 'The provider''s own domain: never used for an organisation''s Microsoft sign-in.'
    WHEN j.is_shared THEN 'A free-mail or shared Microsoft domain: never used for an organisation''s Microsoft sign-in.'
    WHEN j.claim_order = 1 THEN 'Listed before domain claims needed approval; carried over.'
  END,
  j."createdAt",
  CURRENT_TIMESTAMP
FROM judged j
ON CONFLICT ("organizationId", "domain") DO NOTHING;

-- At most one organisation's approved claim per domain: the sign-in page routes the domain to it.
CREATE UNIQUE INDEX "SsoDomainClaim_domain_approved_key" ON "SsoDomainClaim"("domain") WHERE "status" = 'APPROVED';

-- The claims replace the connection's list (after the copy above).
ALTER TABLE "SsoConnection" DROP COLUMN "allowedDomains";
