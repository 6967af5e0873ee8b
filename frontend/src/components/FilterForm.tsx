import type { ReactNode } from "react";

interface FilterFormProps {
  /** The heading's id, which names the search landmark. */
  id: string;
  title: string;
  /** The fields, laid out one to a row, two from the md breakpoint. */
  children: ReactNode;
}

/**
 * The filters of a statistics page: a search landmark named by its heading, the fields in a grid. Each field applies
 * itself as it changes (to the URL), so there is nothing to submit.
 */
export function FilterForm({ id, title, children }: FilterFormProps) {
  return (
    <form
      role="search"
      aria-labelledby={id}
      onSubmit={(event) => event.preventDefault()}
      className="rounded-8 bg-solid-gray-50 p-4"
    >
      <h2 id={id} className="section-title mt-0">
        {title}
      </h2>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">{children}</div>
    </form>
  );
}
