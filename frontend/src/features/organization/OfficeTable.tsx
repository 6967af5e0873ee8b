import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLocalName } from "../../app/useLocalName";
import { officeTypeLabelKey } from "../../lib/officeTypes";
import { useWardNames } from "../../lib/useWardNames";
import type { Schema } from "../../api/schemas";

interface OfficeTableProps {
  offices: Schema<"Office">[];
  caption: string;
}

export function OfficeTable({ offices, caption }: OfficeTableProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const wardName = useWardNames();
  const columns = [
    t("office.name"),
    t("office.kana"),
    t("office.type"),
    t("office.ward"),
    t("office.address"),
    t("office.phone"),
  ];
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {offices.map((office) => (
            <tr key={office.id}>
              <th scope="row">
                <Link to={`/offices/${office.id}`} className="link">
                  {localName(office)}
                </Link>
              </th>
              <td>{office.nameKana}</td>
              <td>{t(officeTypeLabelKey(office.type))}</td>
              <td>{wardName(office.wardCode)}</td>
              <td>{office.address}</td>
              <td>
                {office.phone && (
                  <a href={`tel:${office.phone}`} className="link whitespace-nowrap">
                    {office.phone}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
