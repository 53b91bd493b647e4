import { dashboardExportRoute } from "@/lib/dashboard/dashboard-export-route";

export const GET = dashboardExportRoute.GET;
