import { useMutation } from "@apollo/client/react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { ErrorAlert } from "../../../app/ui/Messages";
import { SetActionItemDoneMutation } from "../operations";

interface Item {
  id: string;
  text: string;
  owner: string;
  dueDate?: string | null;
  done: boolean;
}

/** Action items (åtgärder) with who is responsible and by when; the convener ticks them off. */
export function ActionItemsTable({ items, caption, canEdit }: { items: Item[]; caption: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const captionId = useId();
  const [setDone] = useMutation(SetActionItemDoneMutation, { refetchQueries: ["Network"] });
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function toggle(item: Item, done: boolean) {
    setError(null);
    setBusyId(item.id);
    try {
      await setDone({ variables: { id: item.id, done } });
      setStatus(done ? t("networks.actionItems.markedDone", { text: item.text }) : t("networks.actionItems.markedOpen", { text: item.text }));
    } catch (err) {
      setError(errorInfo(err).message);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={captionId}>
        <table className="table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("networks.actionItems.text")}</th>
              <th scope="col">{t("networks.actionItems.owner")}</th>
              <th scope="col">{t("networks.actionItems.dueDate")}</th>
              <th scope="col">{t("networks.actionItems.done")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row" className="cell--wide">
                  {item.text}
                </th>
                <td>{item.owner}</td>
                <td className="nowrap">{item.dueDate ? <time dateTime={item.dueDate}>{item.dueDate}</time> : "–"}</td>
                <td>
                  {canEdit ? (
                    <div className="checkbox">
                      <input
                        id={`nw-action-${item.id}`}
                        type="checkbox"
                        checked={item.done}
                        disabled={busyId === item.id}
                        onChange={(e) => void toggle(item, e.target.checked)}
                      />
                      <label htmlFor={`nw-action-${item.id}`}>
                        {t("networks.actionItems.doneLabel")}
                        <span className="visually-hidden">: {item.text}</span>
                      </label>
                    </div>
                  ) : item.done ? (
                    t("networks.actionItems.yes")
                  ) : (
                    t("networks.actionItems.no")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LiveStatus>{status}</LiveStatus>
    </>
  );
}
