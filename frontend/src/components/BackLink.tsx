import type { ReactNode } from "react";
import { Link } from "react-router";

/** The way back from a page to the list or record it came from, below the page's content. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="mt-8">
      <Link to={to} className="link">
        {children}
      </Link>
    </p>
  );
}
