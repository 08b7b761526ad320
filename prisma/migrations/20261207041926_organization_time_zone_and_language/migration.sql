-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "defaultLanguage" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "defaultTimeZone" TEXT NOT NULL DEFAULT 'UTC';
