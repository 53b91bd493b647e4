// A radar chart of domain scores as plain SVG: rendered on the server, no
// script, readable by screen readers through its table fallback.
type Point = { label: string; score: number | null };

const SIZE = 320;
const CENTER = SIZE / 2;
const RADIUS = 110;

function polar(index: number, count: number, radius: number): [number, number] {
  const angle = (Math.PI * 2 * index) / count - Math.PI / 2;
  return [CENTER + radius * Math.cos(angle), CENTER + radius * Math.sin(angle)];
}

export function RadarChart({ points, title }: { points: Point[]; title: string }) {
  const count = points.length;
  const outline = points.map((p, i) => polar(i, count, (RADIUS * (p.score ?? 0)) / 100).join(",")).join(" ");
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={title} className="mx-auto w-full max-w-sm">
        {[25, 50, 75, 100].map((ring) => (
          <polygon key={ring} points={points.map((_, i) => polar(i, count, (RADIUS * ring) / 100).join(",")).join(" ")} fill="none" stroke="#cbd5e1" strokeWidth="1" />
        ))}
        {points.map((p, i) => {
          const [x, y] = polar(i, count, RADIUS);
          const [lx, ly] = polar(i, count, RADIUS + 28);
          return (
            <g key={p.label}>
              <line x1={CENTER} y1={CENTER} x2={x} y2={y} stroke="#cbd5e1" />
              <text x={lx} y={ly} fontSize="10" textAnchor="middle" dominantBaseline="middle" fill="#334155">
                {p.label.length > 18 ? `${p.label.slice(0, 17)}…` : p.label}
              </text>
            </g>
          );
        })}
        <polygon points={outline} fill="rgba(31,111,92,0.25)" stroke="#1f6f5c" strokeWidth="2" />
      </svg>
      <figcaption className="sr-only">
        {points.map((p) => `${p.label}: ${p.score === null ? "inherited" : p.score}`).join("; ")}
      </figcaption>
    </figure>
  );
}
