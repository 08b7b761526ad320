-- CreateTable
CREATE TABLE "PublicContentVersion" (
    "id" TEXT NOT NULL DEFAULT 'public',
    "version" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicContentVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "PublicContentVersion" ("id", "version", "publishedAt") VALUES ('public', 0, now()) ON CONFLICT DO NOTHING;
