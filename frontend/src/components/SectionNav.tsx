import { NavLink } from "react-router";

export interface SectionLink {
  to: string;
  label: string;
  /** Marks the link current only on its own path, not on the paths below it. */
  end?: boolean;
}

/** Links between the pages of one section of the site, under a navigation landmark named `label`. */
export function SectionNav({ label, links }: { label: string; links: SectionLink[] }) {
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="nav-link py-1">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
