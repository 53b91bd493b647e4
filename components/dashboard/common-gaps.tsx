// The critical gaps most teams share, each with the number of teams that
// have it in their latest submission.
import type { CommonGap } from "@/lib/dashboard/queries/load-critical-gaps";

export function CommonGaps({ gaps, assessedTeams }: { gaps: CommonGap[]; assessedTeams: number }) {
  if (gaps.length === 0) return <p className="text-sm text-slate-600">No critical gaps in the latest submissions.</p>;
  return (
    <ol className="space-y-2 text-sm">
      {gaps.map((g) => (
        <li key={g.controlId}>
          <div className="flex justify-between gap-2">
            <span>
              {g.title} <span className="font-mono text-xs text-slate-500">{g.controlId}</span>
            </span>
            <span className="font-semibold whitespace-nowrap tabular-nums">
              {g.teams} {g.teams === 1 ? "team" : "teams"}
            </span>
          </div>
          <div className="mt-1 h-1.5 rounded bg-slate-100" aria-hidden="true">
            <div className="h-1.5 rounded bg-red-600" style={{ width: `${Math.round((g.teams / Math.max(1, assessedTeams)) * 100)}%` }} />
          </div>
        </li>
      ))}
    </ol>
  );
}
