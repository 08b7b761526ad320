-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignInAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StaffInvitation" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_tokenHash_key" ON "StaffInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffInvitation_email_idx" ON "StaffInvitation"("email");

-- Accounts that signed in before the column existed: their newest successful sign-in in the audit log.
UPDATE "User" AS u
SET "lastSignInAt" = e."lastAt"
FROM (
  SELECT "actorUserId", MAX("createdAt") AS "lastAt"
  FROM "AuditEvent"
  WHERE "action" = 'auth.sign_in.succeeded' AND "actorUserId" IS NOT NULL
  GROUP BY "actorUserId"
) AS e
WHERE e."actorUserId" = u."id";
