// Teams by domain: each cell is the team's latest score in that domain,
// coloured by band and printed, so it reads without colour. The last row is
// the average over every team that matches the filters, not just this page.
import type { DashboardData } from "@/lib/dashboard/load-dashboard";
import { scoreCellClass } from "@/components/dashboard/score-colours";

type Domain = { id: string; title: string };

function Cell({ score }: { score: number | null | undefined }) {
  const value = score ?? null;
  return <td className={`px-2 py-1.5 text-center tabular-nums ${scoreCellClass(value)}`}>{value ?? "–"}</td>;
}

export function DomainHeatmap({ rows, domains, averages }: { rows: DashboardData["rows"]; domains: Domain[]; averages: Record<string, number | null> }) {
  const scored = rows.filter((r) => r.latestSnapshotId);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-separate border-spacing-0.5 text-xs">
        <caption className="sr-only">Latest score per domain for the teams on this page</caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left text-slate-600">
              Team
            </th>
            {domains.map((d) => (
              <th key={d.id} scope="col" className="px-1 py-1 text-center font-medium text-slate-600" title={d.title}>
                {d.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scored.map((row) => (
            <tr key={row.teamId}>
              <th scope="row" className="px-2 py-1 text-left font-medium whitespace-nowrap">
                {row.teamName}
              </th>
              {domains.map((d) => (
                <Cell key={d.id} score={row.domainScores[d.id]} />
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" className="px-2 py-1 text-left font-semibold whitespace-nowrap">
              Average, all matching teams
            </th>
            {domains.map((d) => (
              <Cell key={d.id} score={averages[d.id]} />
            ))}
          </tr>
        </tbody>
      </table>
      {scored.length === 0 && <p className="mt-2 text-sm text-slate-600">No team on this page has a submitted assessment yet.</p>}
    </div>
  );
}
