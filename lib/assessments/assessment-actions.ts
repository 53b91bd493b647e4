import "server-only";
// Starting, submitting and reassessing. Each checks the viewer's right to the
// team or assessment before touching anything.
import { prisma } from "@/lib/db/prisma";
import { defineAction } from "@/lib/actions/define-action";
import { ActionFailure } from "@/lib/actions/action-result";
import { AssessmentIdSchema, CreateAssessmentSchema } from "@/lib/assessments/schemas";
import { authorizeAssessment, authorizeTeam } from "@/lib/assessments/assessment-access";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { submitAssessment } from "@/lib/assessments/submit-assessment";
import { DeploymentTypeSchema } from "@/lib/checklist/schema";

export const createAssessmentAction = defineAction({
  name: "createAssessment",
  access: "viewer",
  input: CreateAssessmentSchema,
  authorize: (viewer, input) => authorizeTeam(viewer, input.teamId, "edit"),
  handler: ({ viewer, input }) =>
    createAssessment({ db: prisma, organisationId: viewer.organisationId, ...input, actor: { userId: viewer.userId, email: viewer.email } }),
});

export const submitAssessmentAction = defineAction({
  name: "submitAssessment",
  access: "viewer",
  input: AssessmentIdSchema,
  authorize: async (viewer, input) => {
    await authorizeAssessment(viewer, input.assessmentId, "edit");
  },
  handler: ({ viewer, input, meta }) =>
    submitAssessment({ db: prisma, assessmentId: input.assessmentId, actor: { userId: viewer.userId, email: viewer.email }, ipAddress: meta.ip }),
});

export const reassessAction = defineAction({
  name: "reassess",
  access: "viewer",
  input: AssessmentIdSchema,
  authorize: async (viewer, input) => {
    const previous = await authorizeAssessment(viewer, input.assessmentId, "edit");
    if (previous.status !== "submitted") throw new ActionFailure("CONFLICT", "Submit this assessment before starting a reassessment.");
  },
  handler: async ({ viewer, input }) => {
    const previous = await prisma.assessment.findUniqueOrThrow({
      where: { id: input.assessmentId },
      select: { teamId: true, name: true, deploymentType: true, team: { select: { name: true } } },
    });
    const date = new Date().toISOString().slice(0, 10);
    return createAssessment({
      db: prisma,
      organisationId: viewer.organisationId,
      teamId: previous.teamId,
      name: `${previous.team.name} reassessment ${date}`,
      deploymentType: DeploymentTypeSchema.parse(previous.deploymentType),
      previousAssessmentId: input.assessmentId,
      actor: { userId: viewer.userId, email: viewer.email },
    });
  },
});
