import { gapReportPdfRoute } from "@/lib/reports/report-routes";

export const GET = gapReportPdfRoute.GET;
