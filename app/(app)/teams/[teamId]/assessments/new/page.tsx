import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/require-viewer";
import { getTeamAccess } from "@/lib/auth/team-access";
import { prisma } from "@/lib/db/prisma";
import { StartAssessmentForm } from "@/components/questionnaire/start-assessment-form";

export const metadata = { title: "Start an assessment" };

export default async function NewAssessmentPage({ params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const viewer = await requireViewer();
  const access = await getTeamAccess(viewer, teamId);
  if (!access?.canEdit) notFound();
  const team = await prisma.team.findUniqueOrThrow({ where: { id: teamId }, select: { id: true, name: true } });
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Start an assessment for {team.name}</h1>
      <p className="text-slate-700">
        Who owns each control depends on how your team uses AI. Pick the deployment type that fits; the questionnaire then shows which controls are yours, which you share, and
        which your provider runs for you.
      </p>
      <StartAssessmentForm teamId={team.id} defaultName={`${team.name} AI readiness`} />
    </div>
  );
}
