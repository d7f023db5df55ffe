import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../app/format";
import { FundingMap, type MapRow } from "../../development-funds/components/FundingMap";
import { loadKommunShapes } from "../../development-funds/geo";
import { ErrorAlert } from "../../../app/ui/Messages";
import { Loading } from "../../../app/ui/Loading";

interface Props {
  /** The measure per county (länskod). */
  values: Map<string, number>;
  legend: string;
  tableId: string;
}

/** The map of the kommuner, each coloured by its county's value of one measure. */
export function CountyMeasureMap({ values, legend, tableId }: Props) {
  const { t } = useTranslation();
  const [kommuner, setKommuner] = useState<{ code: string; name: string }[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadKommunShapes()
      .then((f) => live && setKommuner(f.map((k) => ({ code: k.properties.kod, name: k.properties.namn }))))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <ErrorAlert>{t("nationalFollowUp.map.failed")}</ErrorAlert>;
  if (!kommuner) return <Loading label={t("nationalFollowUp.map.loading")} />;
  const rows: MapRow[] = kommuner.map((k) => ({ code: k.code, name: k.name, kronorPerInhabitant: values.get(k.code.slice(0, 2)) ?? 0 }));
  return (
    <FundingMap
      rows={rows}
      mode="measure"
      countyCode={null}
      tableId={tableId}
      measure={{ legend, none: t("nationalFollowUp.map.none"), any: t("nationalFollowUp.map.any"), format: formatNumber }}
    />
  );
}
