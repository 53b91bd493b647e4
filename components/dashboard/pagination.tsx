// Previous / next links between pages of the dashboard table.
import Link from "next/link";
import { dashboardSearch, type DashboardQuery } from "@/lib/dashboard/dashboard-query";

export function Pagination({ query, page, pageCount, total }: { query: DashboardQuery; page: number; pageCount: number; total: number }) {
  if (pageCount <= 1) return null;
  const link = (target: number, label: string) => (
    <Link href={`/dashboard${dashboardSearch(query, { page: target })}`} className="font-medium text-brand-700 underline">
      {label}
    </Link>
  );
  return (
    <nav aria-label="Pages of teams" className="flex items-center justify-between text-sm">
      <span>{page > 1 ? link(page - 1, "Previous page") : <span className="text-slate-500">Previous page</span>}</span>
      <span className="text-slate-600">
        Page {page} of {pageCount} · {total} teams
      </span>
      <span>{page < pageCount ? link(page + 1, "Next page") : <span className="text-slate-500">Next page</span>}</span>
    </nav>
  );
}
