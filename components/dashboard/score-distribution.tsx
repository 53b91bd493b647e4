// Bar chart of the teams' latest scores in ten-point buckets, with the counts
// printed on the bars so it reads without colour or hover.
import type { ScoreBucket } from "@/lib/dashboard/queries/load-score-distribution";
import { scoreBand } from "@/components/dashboard/score-colours";

const barFill = { ready: "#047857", established: "#34d399", developing: "#f59e0b", "at-risk": "#ef4444" } as const;

export function ScoreDistribution({ buckets }: { buckets: ScoreBucket[] }) {
  const max = Math.max(1, ...buckets.map((b) => b.teams));
  const width = 300;
  const height = 140;
  const barWidth = width / buckets.length;
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label={`Teams per score range: ${buckets.map((b) => `${b.from}–${b.to}: ${b.teams}`).join("; ")}`} className="w-full">
        {buckets.map((b, i) => {
          const h = (b.teams / max) * (height - 16);
          const x = i * barWidth + 2;
          return (
            <g key={b.from}>
              <rect x={x} y={height - h} width={barWidth - 4} height={h} fill={barFill[scoreBand(b.from)]} rx="2" />
              {b.teams > 0 && (
                <text x={x + (barWidth - 4) / 2} y={height - h - 3} fontSize="9" textAnchor="middle" fill="#0f172a">
                  {b.teams}
                </text>
              )}
              <text x={x + (barWidth - 4) / 2} y={height + 12} fontSize="8" textAnchor="middle" fill="#475569">
                {b.from}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-xs text-slate-600">Latest score per team, in ranges of ten points.</figcaption>
    </figure>
  );
}
