import { assessmentExportRoute } from "@/lib/reports/report-routes";

export const GET = assessmentExportRoute.GET;
