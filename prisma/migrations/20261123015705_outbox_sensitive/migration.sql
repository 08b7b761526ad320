-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "sensitive" BOOLEAN NOT NULL DEFAULT false;
