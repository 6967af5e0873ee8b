import type { ReactNode } from "react";

export interface DetailItem {
  label: string;
  value: ReactNode;
}

function hasValue(value: ReactNode): boolean {
  return value !== null && value !== undefined && value !== false && value !== "";
}

/** A term/description list; items without a value are left out. */
export function DetailList({ items }: { items: DetailItem[] }) {
  const shown = items.filter((item) => hasValue(item.value));
  return (
    <dl className="grid grid-cols-1 gap-x-6 border-t border-solid-gray-200 sm:grid-cols-[12rem_1fr]">
      {shown.map((item) => (
        <div key={item.label} className="contents">
          <dt className="pt-3 text-std-16B-170 text-solid-gray-800 sm:border-b sm:border-solid-gray-200 sm:pb-3">
            {item.label}
          </dt>
          <dd className="border-b border-solid-gray-200 pb-3 text-std-16N-170 text-solid-gray-800 sm:pt-3">
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
