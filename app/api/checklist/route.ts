import { checklistRoute } from "@/lib/checklist/checklist-route";

export const GET = checklistRoute.GET;
