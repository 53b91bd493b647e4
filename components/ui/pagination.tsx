// Previous / next links between pages of a list, with "Page 2 of 9 · 214 teams".
// The caller says how to link to a page, so every page has a URL.
import Link from "next/link";

type Props = { page: number; pageCount: number; total: number; noun: string; hrefFor: (page: number) => string; label: string };

export function Pagination({ page, pageCount, total, noun, hrefFor, label }: Props) {
  if (pageCount <= 1) return null;
  const link = (target: number, text: string) => (
    <Link href={hrefFor(target)} className="font-medium text-brand-700 underline">
      {text}
    </Link>
  );
  return (
    <nav aria-label={label} className="flex items-center justify-between text-sm">
      <span>{page > 1 ? link(page - 1, "Previous page") : <span className="text-slate-500">Previous page</span>}</span>
      <span className="text-slate-600">
        Page {page} of {pageCount} · {total} {noun}
      </span>
      <span>{page < pageCount ? link(page + 1, "Next page") : <span className="text-slate-500">Next page</span>}</span>
    </nav>
  );
}
