// Average score of the submissions made each month, as a line with labelled
// points. Months without submissions are simply absent.
import type { TrendPoint } from "@/lib/dashboard/queries/load-score-trend";

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
const monthLabel = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

export function TrendChart({ points }: { points: TrendPoint[] }) {
  if (points.length === 0) return <p className="text-sm text-slate-600">No submissions in the last twelve months.</p>;
  const width = 300;
  const height = 140;
  const step = points.length > 1 ? (width - 30) / (points.length - 1) : 0;
  const xy = points.map((p, i) => [15 + i * step, height - 10 - (p.average / 100) * (height - 30)] as const);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height + 14}`}
        role="img"
        aria-label={`Average score by month: ${points.map((p) => `${monthLabel(p.month)} ${p.average} (${p.submissions} submissions)`).join("; ")}`}
        className="w-full"
      >
        {[0, 50, 100].map((v) => {
          const y = height - 10 - (v / 100) * (height - 30);
          return <line key={v} x1="10" x2={width - 5} y1={y} y2={y} stroke="#e2e8f0" />;
        })}
        <polyline points={xy.map(([x, y]) => `${x},${y}`).join(" ")} fill="none" stroke="#185a4a" strokeWidth="2" />
        {points.map((p, i) => (
          <g key={p.month}>
            <circle cx={xy[i]![0]} cy={xy[i]![1]} r="3" fill="#185a4a" />
            <text x={xy[i]![0]} y={xy[i]![1] - 6} fontSize="8" textAnchor="middle" fill="#0f172a">
              {p.average}
            </text>
            <text x={xy[i]![0]} y={height + 10} fontSize="7" textAnchor="middle" fill="#475569">
              {monthLabel(p.month)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="text-xs text-slate-600">Average score of the assessments submitted each month.</figcaption>
    </figure>
  );
}
