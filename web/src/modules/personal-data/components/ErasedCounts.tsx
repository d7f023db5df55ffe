import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../app/format";
import { erasedKindKey } from "../erasedKinds";

/** What an erasure erased, per kind, or that there was nothing to erase. */
export function ErasedCounts({ erased, label }: { erased: { kind: string; count: number }[]; label: string }) {
  const { t } = useTranslation();
  if (erased.length === 0) return <p>{t("personalData.nothingErased")}</p>;
  return (
    <ul aria-label={label}>
      {erased.map((e) => {
        const key = erasedKindKey(e.kind);
        return (
          <li key={e.kind}>
            {key ? t(key) : e.kind}: {formatNumber(e.count)}
          </li>
        );
      })}
    </ul>
  );
}
