// The dashboard as CSV: one row per team with its latest figures and a column
// per domain, for spreadsheets and BI tools.
import type { DashboardExport } from "@/lib/dashboard/load-dashboard-export";
import { teamStatusLabels } from "@/lib/dashboard/dashboard-query";
import { toCsv } from "@/lib/reports/csv";
import { isoDate } from "@/lib/text/format-date";

export function buildDashboardCsv(data: Pick<DashboardExport, "rows">, domains: { id: string; title: string }[]): string {
  const header = ["Team", "Latest score", "Band", "Completion %", "Critical gaps", "Deployment", "Status", "Last update", ...domains.map((d) => d.title)];
  const rows = data.rows.map((r) => [
    r.teamName,
    r.score,
    r.band,
    r.completion,
    r.criticalGaps,
    r.deploymentType,
    teamStatusLabels[r.status],
    r.lastUpdate ? isoDate(r.lastUpdate) : null,
    ...domains.map((d) => r.domainScores[d.id] ?? null),
  ]);
  return toCsv([header, ...rows]);
}
