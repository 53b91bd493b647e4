// `npm run bench`: prints medians measured in this run. Machines here are
// shared and noisy, so compare numbers from one run, never across runs.
import { performance } from "node:perf_hooks";
import { getCurrentChecklist } from "@/lib/checklist/versions";
import { benchScoring } from "@/lib/scoring/bench-scoring";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { buildGapReportData } from "@/lib/reports/gap-report-data";
import { renderGapReportPdf } from "@/lib/reports/render-gap-report";
import type { AssessmentReport } from "@/lib/reports/load-assessment-report";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const version = getCurrentChecklist();

const scoring = await benchScoring(version);
console.log(`scoring: 10,000 full assessments of ${version.controls.length} controls: median ${scoring.medianMs.toFixed(1)} ms over ${scoring.runs.length} runs`);

// PDF of a full IaaS assessment with every control at "not started": every control is a gap.
const result = scoreAssessment({ version, deploymentType: "iaas", answers: Object.fromEntries(version.controls.map((c) => [c.id, { value: 0 as const }])) });
const report = {
  assessment: {
    id: "bench", name: "Benchmark assessment", status: "submitted", teamId: "t", deploymentType: "iaas", questionnaireVersion: version.id,
    createdAt: new Date(), submittedAt: new Date(), team: { name: "Benchmark team" }, organisation: { name: "Benchmark org" }, answers: [],
  },
  version, result, previous: null, domainChanges: [], canReassess: false,
} as unknown as AssessmentReport;
const pdfTimes: number[] = [];
let bytes = 0;
for (let i = 0; i < 7; i++) {
  const start = performance.now();
  const pdf = await renderGapReportPdf(buildGapReportData(report, new Date()));
  pdfTimes.push(performance.now() - start);
  bytes = pdf.length;
}
console.log(`gap report PDF: ${result.gaps.length} gaps, ${(bytes / 1024).toFixed(0)} KiB: median ${median(pdfTimes).toFixed(0)} ms over ${pdfTimes.length} runs (first run ${pdfTimes[0]!.toFixed(0)} ms)`);
