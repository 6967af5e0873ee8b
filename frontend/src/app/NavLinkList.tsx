import { NavLink } from "react-router";
import type { NavItem } from "./MainNav";

/** A group's links, the page shown marked (aria-current). */
export function LinkList({ links, onFollow }: { links: NavItem[]; onFollow?: () => void }) {
  return (
    <ul className="flex flex-col">
      {links.map((link) => (
        <li key={link.to}>
          <NavLink to={link.to} end className="nav-link block px-4" onClick={onFollow}>
            {link.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
