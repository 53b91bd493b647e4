-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "latestAssessmentId" TEXT,
    "latestSnapshotId" TEXT,
    "latestScore" INTEGER,
    "latestCompletion" INTEGER,
    "lastActivityAt" DATETIME,
    CONSTRAINT "Team_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Team_latestAssessmentId_fkey" FOREIGN KEY ("latestAssessmentId") REFERENCES "Assessment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Team_latestSnapshotId_fkey" FOREIGN KEY ("latestSnapshotId") REFERENCES "ScoreSnapshot" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Team" ("createdAt", "id", "name", "organisationId", "slug") SELECT "createdAt", "id", "name", "organisationId", "slug" FROM "Team";
DROP TABLE "Team";
ALTER TABLE "new_Team" RENAME TO "Team";
CREATE UNIQUE INDEX "Team_latestAssessmentId_key" ON "Team"("latestAssessmentId");
CREATE UNIQUE INDEX "Team_latestSnapshotId_key" ON "Team"("latestSnapshotId");
CREATE INDEX "Team_organisationId_name_idx" ON "Team"("organisationId", "name");
CREATE INDEX "Team_organisationId_latestScore_idx" ON "Team"("organisationId", "latestScore");
CREATE INDEX "Team_organisationId_lastActivityAt_idx" ON "Team"("organisationId", "lastActivityAt");
CREATE UNIQUE INDEX "Team_organisationId_slug_key" ON "Team"("organisationId", "slug");
CREATE TABLE "new_ScoreSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "overall" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "completion" INTEGER NOT NULL,
    "gapCount" INTEGER NOT NULL,
    "criticalGaps" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "month" TEXT NOT NULL,
    CONSTRAINT "ScoreSnapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreSnapshot_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreSnapshot_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Backfill: month is the "YYYY-MM" prefix of the stored ISO timestamp.
INSERT INTO "new_ScoreSnapshot" ("assessmentId", "band", "completion", "createdAt", "criticalGaps", "gapCount", "id", "organisationId", "overall", "result", "teamId", "month") SELECT "assessmentId", "band", "completion", "createdAt", "criticalGaps", "gapCount", "id", "organisationId", "overall", "result", "teamId", substr("createdAt", 1, 7) FROM "ScoreSnapshot";
DROP TABLE "ScoreSnapshot";
ALTER TABLE "new_ScoreSnapshot" RENAME TO "ScoreSnapshot";
CREATE UNIQUE INDEX "ScoreSnapshot_assessmentId_key" ON "ScoreSnapshot"("assessmentId");
CREATE INDEX "ScoreSnapshot_organisationId_month_idx" ON "ScoreSnapshot"("organisationId", "month");
CREATE INDEX "ScoreSnapshot_organisationId_createdAt_idx" ON "ScoreSnapshot"("organisationId", "createdAt");
CREATE INDEX "ScoreSnapshot_teamId_createdAt_idx" ON "ScoreSnapshot"("teamId", "createdAt");
-- Backfill the dashboard's per-team fields from existing assessments and snapshots.
UPDATE "Team" SET
  "latestAssessmentId" = (SELECT a."id" FROM "Assessment" a WHERE a."teamId" = "Team"."id" ORDER BY a."createdAt" DESC, a."id" DESC LIMIT 1),
  "latestSnapshotId" = (SELECT s."id" FROM "ScoreSnapshot" s WHERE s."teamId" = "Team"."id" ORDER BY s."createdAt" DESC, s."id" DESC LIMIT 1),
  "lastActivityAt" = (SELECT MAX(a."updatedAt") FROM "Assessment" a WHERE a."teamId" = "Team"."id");
UPDATE "Team" SET
  "latestScore" = (SELECT s."overall" FROM "ScoreSnapshot" s WHERE s."id" = "Team"."latestSnapshotId"),
  "latestCompletion" = (SELECT s."completion" FROM "ScoreSnapshot" s WHERE s."id" = "Team"."latestSnapshotId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

