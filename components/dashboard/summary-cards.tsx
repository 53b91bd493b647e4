// The dashboard's headline figures.
import type { DashboardSummary } from "@/lib/dashboard/queries/load-summary";

export function SummaryCards({ summary }: { summary: DashboardSummary }) {
  const cards = [
    { label: "Teams", value: String(summary.teams), note: "matching the filters" },
    { label: "Assessed", value: String(summary.assessed), note: "with a submitted score" },
    { label: "Average score", value: summary.averageScore === null ? "–" : `${summary.averageScore}/100`, note: "latest per team" },
    { label: "With critical gaps", value: String(summary.withCriticalGaps), note: "teams, latest submission" },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {cards.map((c) => (
        <div key={c.label} className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm font-medium text-slate-600">{c.label}</dt>
          <dd className="text-3xl font-bold tabular-nums" data-testid={`summary-${c.label.toLowerCase().replace(/ /g, "-")}`}>
            {c.value}
          </dd>
          <dd className="text-xs text-slate-600">{c.note}</dd>
        </div>
      ))}
    </dl>
  );
}
