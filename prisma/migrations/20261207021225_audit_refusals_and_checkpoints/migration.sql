-- CreateTable
CREATE TABLE "AuditRefusalTally" (
    "chain" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "windowEnd" TIMESTAMPTZ(3) NOT NULL,
    "organizationId" TEXT,
    "count" INTEGER NOT NULL,
    "actorUserId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "ip" TEXT,

    CONSTRAINT "AuditRefusalTally_pkey" PRIMARY KEY ("chain","action","subject","windowStart")
);

-- CreateTable
CREATE TABLE "AuditChainCheckpoint" (
    "chain" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "verifiedAt" TIMESTAMPTZ(3) NOT NULL,
    "fullyVerifiedAt" TIMESTAMPTZ(3),
    "brokenSeq" INTEGER,
    "brokenEventId" TEXT,
    "brokenReason" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditChainCheckpoint_pkey" PRIMARY KEY ("chain")
);

-- CreateIndex
CREATE INDEX "AuditRefusalTally_windowEnd_idx" ON "AuditRefusalTally"("windowEnd");
