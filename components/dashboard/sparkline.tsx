// A team's recent scores as a tiny line, with the numbers in its label for
// screen readers. Plain SVG rendered on the server.
const WIDTH = 80;
const HEIGHT = 24;

export function Sparkline({ scores, teamName }: { scores: number[]; teamName: string }) {
  if (scores.length === 0) return <span className="text-slate-500">–</span>;
  const step = scores.length > 1 ? WIDTH / (scores.length - 1) : 0;
  const points = scores.map((s, i) => `${(i * step).toFixed(1)},${(HEIGHT - 2 - (s / 100) * (HEIGHT - 4)).toFixed(1)}`);
  const last = points[points.length - 1]!.split(",");
  return (
    <svg viewBox={`-2 0 ${WIDTH + 4} ${HEIGHT}`} width={WIDTH + 4} height={HEIGHT} role="img" aria-label={`${teamName} scores over time: ${scores.join(", ")}`}>
      {scores.length > 1 && <polyline points={points.join(" ")} fill="none" stroke="#185a4a" strokeWidth="1.5" />}
      <circle cx={last[0]} cy={last[1]} r="2.5" fill="#185a4a" />
    </svg>
  );
}
