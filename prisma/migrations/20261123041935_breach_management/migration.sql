-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('INVESTIGATING', 'CONTAINED', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "BreachDetermination" AS ENUM ('UNDETERMINED', 'NOT_PERSONAL_DATA_BREACH', 'NOT_NOTIFIABLE', 'PERSONAL_DATA_BREACH');

-- CreateEnum
CREATE TYPE "Art34Exemption" AS ENUM ('A_PROTECTED', 'B_RISK_MITIGATED', 'C_DISPROPORTIONATE');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "privacyContacts" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "DataSystem" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataSystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationSystem" (
    "organizationId" TEXT NOT NULL,
    "dataSystemId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizationSystem_pkey" PRIMARY KEY ("organizationId","dataSystemId")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "detectedAt" TIMESTAMP(3) NOT NULL,
    "awareAt" TIMESTAMP(3) NOT NULL,
    "dataCategories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "IncidentStatus" NOT NULL DEFAULT 'INVESTIGATING',
    "determination" "BreachDetermination" NOT NULL DEFAULT 'UNDETERMINED',
    "determinationReason" TEXT NOT NULL DEFAULT '',
    "determinedAt" TIMESTAMP(3),
    "determinedById" TEXT,
    "highRisk" BOOLEAN NOT NULL DEFAULT false,
    "dataSubjectText" TEXT NOT NULL DEFAULT '',
    "art34Exemption" "Art34Exemption",
    "art34Justification" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentSystem" (
    "incidentId" TEXT NOT NULL,
    "dataSystemId" TEXT NOT NULL,

    CONSTRAINT "IncidentSystem_pkey" PRIMARY KEY ("incidentId","dataSystemId")
);

-- CreateTable
CREATE TABLE "IncidentOrganization" (
    "incidentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentOrganization_pkey" PRIMARY KEY ("incidentId","organizationId")
);

-- CreateTable
CREATE TABLE "IncidentAssessment" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "dpc" DOUBLE PRECISION NOT NULL,
    "ei" DOUBLE PRECISION NOT NULL,
    "cbConfidentiality" DOUBLE PRECISION NOT NULL,
    "cbIntegrity" DOUBLE PRECISION NOT NULL,
    "cbAvailability" DOUBLE PRECISION NOT NULL,
    "cbMalicious" BOOLEAN NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "band" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "assessedById" TEXT,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticePhase" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "nature" TEXT,
    "dataSubjects" TEXT,
    "records" TEXT,
    "contactPoint" TEXT,
    "likelyConsequences" TEXT,
    "measures" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "sentAt" TIMESTAMP(3),
    "sentById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticePhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentNotification" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "windowHours" INTEGER NOT NULL,
    "deadlineAt" TIMESTAMP(3) NOT NULL,
    "firstDeliveredAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "acknowledgedByName" TEXT,
    "authorityNotifiedAt" TIMESTAMP(3),
    "authorityReference" TEXT NOT NULL DEFAULT '',
    "authorityDelayReason" TEXT NOT NULL DEFAULT '',
    "reminderSentAt" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeDelivery" (
    "id" TEXT NOT NULL,
    "notificationId" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "recipients" TEXT[],
    "deliveredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeFollowUp" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "openedInPhase" INTEGER NOT NULL,
    "resolvedInPhase" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataSystem_key_key" ON "DataSystem"("key");

-- CreateIndex
CREATE INDEX "OrganizationSystem_dataSystemId_idx" ON "OrganizationSystem"("dataSystemId");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_reference_key" ON "Incident"("reference");

-- CreateIndex
CREATE INDEX "Incident_awareAt_idx" ON "Incident"("awareAt");

-- CreateIndex
CREATE INDEX "IncidentSystem_dataSystemId_idx" ON "IncidentSystem"("dataSystemId");

-- CreateIndex
CREATE INDEX "IncidentOrganization_organizationId_idx" ON "IncidentOrganization"("organizationId");

-- CreateIndex
CREATE INDEX "IncidentAssessment_incidentId_assessedAt_idx" ON "IncidentAssessment"("incidentId", "assessedAt");

-- CreateIndex
CREATE UNIQUE INDEX "NoticePhase_incidentId_number_key" ON "NoticePhase"("incidentId", "number");

-- CreateIndex
CREATE INDEX "IncidentNotification_organizationId_createdAt_idx" ON "IncidentNotification"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "IncidentNotification_firstDeliveredAt_deadlineAt_idx" ON "IncidentNotification"("firstDeliveredAt", "deadlineAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentNotification_incidentId_organizationId_key" ON "IncidentNotification"("incidentId", "organizationId");

-- CreateIndex
CREATE INDEX "NoticeDelivery_phaseId_idx" ON "NoticeDelivery"("phaseId");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeDelivery_notificationId_phaseId_key" ON "NoticeDelivery"("notificationId", "phaseId");

-- CreateIndex
CREATE INDEX "NoticeFollowUp_incidentId_idx" ON "NoticeFollowUp"("incidentId");

-- AddForeignKey
ALTER TABLE "OrganizationSystem" ADD CONSTRAINT "OrganizationSystem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationSystem" ADD CONSTRAINT "OrganizationSystem_dataSystemId_fkey" FOREIGN KEY ("dataSystemId") REFERENCES "DataSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentSystem" ADD CONSTRAINT "IncidentSystem_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentSystem" ADD CONSTRAINT "IncidentSystem_dataSystemId_fkey" FOREIGN KEY ("dataSystemId") REFERENCES "DataSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentOrganization" ADD CONSTRAINT "IncidentOrganization_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentOrganization" ADD CONSTRAINT "IncidentOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentAssessment" ADD CONSTRAINT "IncidentAssessment_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticePhase" ADD CONSTRAINT "NoticePhase_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentNotification" ADD CONSTRAINT "IncidentNotification_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentNotification" ADD CONSTRAINT "IncidentNotification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeDelivery" ADD CONSTRAINT "NoticeDelivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "IncidentNotification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeDelivery" ADD CONSTRAINT "NoticeDelivery_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "NoticePhase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeFollowUp" ADD CONSTRAINT "NoticeFollowUp_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A sent notice phase is evidence (GDPR.md B3, B8): it is never changed or deleted; later information
-- goes into a new phase. Drafts (sentAt IS NULL) may be edited until they are sent.
CREATE FUNCTION notice_phase_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."sentAt" IS NOT NULL THEN
    RAISE EXCEPTION 'A sent notice phase is immutable: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER notice_phase_sent_immutable
  BEFORE UPDATE OR DELETE ON "NoticePhase"
  FOR EACH ROW EXECUTE FUNCTION notice_phase_refuse_change();
