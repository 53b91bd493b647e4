// The prioritised gap list: what to fix first, with remediation and references.
import type { Gap } from "@/lib/scoring/types";
import { severityLabels } from "@/lib/scoring/labels";
import { maturityLabels } from "@/lib/checklist/schema";

const severityClass = { critical: "bg-red-100 text-red-900", high: "bg-orange-100 text-orange-900", medium: "bg-amber-100 text-amber-900", low: "bg-slate-100 text-slate-800" } as const;

export function GapTable({ gaps }: { gaps: Gap[] }) {
  if (gaps.length === 0) return <p className="text-slate-700">No gaps: every control you own is at least managed.</p>;
  return (
    <ol className="space-y-3">
      {gaps.map((gap) => (
        <li key={gap.controlId} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="gap">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-semibold tabular-nums">{gap.rank}.</span>
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${severityClass[gap.severity]}`}>{severityLabels[gap.severity]}</span>
            <h3 className="font-semibold">{gap.title}</h3>
            <span className="text-sm text-slate-600">
              {gap.value === null ? "Unanswered" : `Now: ${maturityLabels[gap.value]}`} · {gap.owner === "shared" ? "Shared with provider" : "You own this"}
            </span>
          </div>
          <p className="mt-1 text-sm text-slate-800">{gap.remediation}</p>
          <p className="mt-1 text-xs text-slate-600">{gap.references.map((r) => `${r.framework} ${r.id}`).join(" · ")}</p>
        </li>
      ))}
    </ol>
  );
}
