-- AlterTable
ALTER TABLE "AccountClosureSystem" ADD COLUMN     "confirmedById" TEXT,
ADD COLUMN     "confirmedByName" TEXT,
ADD COLUMN     "evidence" TEXT;
