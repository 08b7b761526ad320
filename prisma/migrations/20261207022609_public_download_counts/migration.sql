-- CreateTable
CREATE TABLE "PublicDownloadCount" (
    "documentId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL,
    "lastDownloadAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicDownloadCount_pkey" PRIMARY KEY ("documentId","day")
);

-- AddForeignKey
ALTER TABLE "PublicDownloadCount" ADD CONSTRAINT "PublicDownloadCount_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LibraryDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
