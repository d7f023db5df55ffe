import { useTranslation } from "react-i18next";
import { formatTime } from "../../../app/format";
import type { SaveState } from "../useDraftSaver";

/** "Sparar…" / "Sparat 14:05", in a polite live region that is always on the page. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  let text = "";
  if (state.kind === "saving") text = t("common.saving");
  else if (state.kind === "saved") text = t("grants.form.savedAt", { time: formatTime(state.at) });
  else if (state.kind === "failed") text = t("grants.form.saveFailed", { message: state.message });
  return (
    <p className={`save-status${state.kind === "failed" ? " save-status--failed" : ""}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
