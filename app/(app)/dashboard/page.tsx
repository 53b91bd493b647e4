import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/require-viewer";
import { listTeamReadiness } from "@/lib/dashboard/list-team-readiness";
import { bandLabels } from "@/lib/scoring/labels";
import { bands } from "@/lib/scoring/types";
import { deploymentTypeShortLabels } from "@/lib/questionnaire/deployment-types";
import { DeploymentTypeSchema } from "@/lib/checklist/schema";
import { formatDate } from "@/lib/text/format-date";

export const metadata = { title: "Dashboard" };

const statusLabels = { "not-started": "Not started", "in-progress": "In progress", submitted: "Submitted" } as const;

export default async function DashboardPage() {
  const viewer = await requireViewer();
  if (viewer.role === "member") notFound();
  const rows = await listTeamReadiness({ viewer });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{viewer.role === "admin" ? "Every team's readiness" : "Your teams' readiness"}</h1>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Latest readiness per team</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-3 py-2">Team</th>
              <th className="px-3 py-2 text-right">Latest score</th>
              <th className="px-3 py-2">Band</th>
              <th className="px-3 py-2 text-right">Completion</th>
              <th className="px-3 py-2">Deployment</th>
              <th className="px-3 py-2">Status</th>
              <th className="px-3 py-2">Last update</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const band = bands.find((b) => b === row.band);
              const deployment = DeploymentTypeSchema.safeParse(row.deploymentType);
              return (
                <tr key={row.teamId} className="border-t border-slate-100" data-testid="team-row">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {row.resultsAssessmentId ? (
                      <Link href={`/assessments/${row.resultsAssessmentId}/results`} className="text-brand-700 underline">
                        {row.teamName}
                      </Link>
                    ) : (
                      row.teamName
                    )}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{row.score ?? "–"}</td>
                  <td className="px-3 py-2">{band ? bandLabels[band].label : "–"}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{row.completion === null ? "–" : `${row.completion}%`}</td>
                  <td className="px-3 py-2">{deployment.success ? deploymentTypeShortLabels[deployment.data] : "–"}</td>
                  <td className="px-3 py-2">{statusLabels[row.status]}</td>
                  <td className="px-3 py-2">{row.lastUpdate ? formatDate(row.lastUpdate) : "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
