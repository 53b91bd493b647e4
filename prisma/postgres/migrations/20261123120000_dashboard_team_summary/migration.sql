-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "lastActivityAt" TIMESTAMP(3),
ADD COLUMN     "latestAssessmentId" TEXT,
ADD COLUMN     "latestCompletion" INTEGER,
ADD COLUMN     "latestScore" INTEGER,
ADD COLUMN     "latestSnapshotId" TEXT;

-- AlterTable: month is backfilled from createdAt before it becomes required.
ALTER TABLE "ScoreSnapshot" ADD COLUMN     "month" TEXT;
UPDATE "ScoreSnapshot" SET "month" = to_char("createdAt", 'YYYY-MM');
ALTER TABLE "ScoreSnapshot" ALTER COLUMN "month" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Team_latestAssessmentId_key" ON "Team"("latestAssessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_latestSnapshotId_key" ON "Team"("latestSnapshotId");

-- CreateIndex
CREATE INDEX "Team_organisationId_name_idx" ON "Team"("organisationId", "name");

-- CreateIndex
CREATE INDEX "Team_organisationId_latestScore_idx" ON "Team"("organisationId", "latestScore");

-- CreateIndex
CREATE INDEX "Team_organisationId_lastActivityAt_idx" ON "Team"("organisationId", "lastActivityAt");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_organisationId_month_idx" ON "ScoreSnapshot"("organisationId", "month");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_latestAssessmentId_fkey" FOREIGN KEY ("latestAssessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_latestSnapshotId_fkey" FOREIGN KEY ("latestSnapshotId") REFERENCES "ScoreSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill the dashboard's per-team fields from existing assessments and snapshots.
UPDATE "Team" SET
  "latestAssessmentId" = (SELECT a."id" FROM "Assessment" a WHERE a."teamId" = "Team"."id" ORDER BY a."createdAt" DESC, a."id" DESC LIMIT 1),
  "latestSnapshotId" = (SELECT s."id" FROM "ScoreSnapshot" s WHERE s."teamId" = "Team"."id" ORDER BY s."createdAt" DESC, s."id" DESC LIMIT 1),
  "lastActivityAt" = (SELECT MAX(a."updatedAt") FROM "Assessment" a WHERE a."teamId" = "Team"."id");
UPDATE "Team" SET
  "latestScore" = (SELECT s."overall" FROM "ScoreSnapshot" s WHERE s."id" = "Team"."latestSnapshotId"),
  "latestCompletion" = (SELECT s."completion" FROM "ScoreSnapshot" s WHERE s."id" = "Team"."latestSnapshotId");
