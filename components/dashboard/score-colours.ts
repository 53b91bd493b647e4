// One colour scale for scores across the dashboard, on the band thresholds
// (lib/scoring/band.ts), with text colours that keep WCAG AA contrast.
import { bandThresholds } from "@/lib/scoring/band";
import type { Band } from "@/lib/scoring/types";

const cellClasses: Record<Band, string> = {
  ready: "bg-emerald-700 text-white",
  established: "bg-emerald-200 text-emerald-950",
  developing: "bg-amber-200 text-amber-950",
  "at-risk": "bg-red-200 text-red-950",
};

export function scoreBand(score: number): Band {
  return bandThresholds.find((t) => score >= t.min)?.band ?? "at-risk";
}

export function scoreCellClass(score: number | null): string {
  return score === null ? "bg-slate-100 text-slate-600" : cellClasses[scoreBand(score)];
}
